/** Index of the first failing build in a history of passes followed by failures, or -1 if none failed. */
export function firstBadBuild(builds) {
  if (!Array.isArray(builds)) throw new TypeError('builds must be an array of booleans');

  // The first failure lies in [low, high]; high === builds.length stands for "no failure".
  let low = 0;
  let high = builds.length;
  while (low < high) {
    const middle = low + Math.floor((high - low) / 2);
    if (hasFailed(builds, middle)) high = middle;
    else low = middle + 1;
  }
  return low === builds.length ? -1 : low;
}

function hasFailed(builds, index) {
  const passed = builds[index];
  if (typeof passed !== 'boolean') {
    throw new TypeError(`builds[${index}] must be a boolean, got ${JSON.stringify(passed)}`);
  }
  return !passed;
}
