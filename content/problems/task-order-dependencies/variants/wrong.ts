// Plausible but wrong: sorts the tasks that are ready at the start, then appends newly ready tasks to the back of a
// plain queue, so a later-ready task with a smaller name does not go first.
export function orderTasks(tasks: string[], dependencies: [string, string][]): string[] {
  if (!Array.isArray(tasks) || !Array.isArray(dependencies)) throw new TypeError('arrays expected');
  const dependents = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  for (const task of tasks) {
    if (typeof task !== 'string' || task === '' || dependents.has(task)) throw new Error(`bad task ${task}`);
    dependents.set(task, []);
    waiting.set(task, 0);
  }
  for (const pair of dependencies) {
    if (!Array.isArray(pair) || pair.length !== 2 || !dependents.has(pair[0]) || !dependents.has(pair[1])) {
      throw new Error('bad dependency');
    }
    dependents.get(pair[0])!.push(pair[1]);
    waiting.set(pair[1], waiting.get(pair[1])! + 1);
  }
  const queue = tasks.filter((task) => waiting.get(task) === 0).sort();
  const order: string[] = [];
  for (let head = 0; head < queue.length; head++) {
    const task = queue[head]!;
    order.push(task);
    for (const next of dependents.get(task)!) {
      waiting.set(next, waiting.get(next)! - 1);
      if (waiting.get(next) === 0) queue.push(next);
    }
  }
  if (order.length < tasks.length) throw new Error('cycle');
  return order;
}
