// Correct but quadratic: after each task runs, scans every task to find the ready one with the smallest name.
export function orderTasks(tasks: string[], dependencies: [string, string][]): string[] {
  if (!Array.isArray(tasks) || !Array.isArray(dependencies)) throw new TypeError('arrays expected');
  const prerequisites = new Map<string, string[]>();
  for (const task of tasks) {
    if (typeof task !== 'string' || task === '' || prerequisites.has(task)) throw new Error(`bad task ${task}`);
    prerequisites.set(task, []);
  }
  for (const pair of dependencies) {
    if (!Array.isArray(pair) || pair.length !== 2 || !prerequisites.has(pair[0]) || !prerequisites.has(pair[1])) {
      throw new Error('bad dependency');
    }
    prerequisites.get(pair[1])!.push(pair[0]);
  }
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < tasks.length) {
    let next: string | null = null;
    for (const task of tasks) {
      const isReady = !done.has(task) && prerequisites.get(task)!.every((before) => done.has(before));
      if (isReady && (next === null || task < next)) next = task;
    }
    if (next === null) throw new Error('cycle');
    done.add(next);
    order.push(next);
  }
  return order;
}
