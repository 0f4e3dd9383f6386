import { startS3Server, type S3Server } from '../../../scripts/s3-server.ts';

/**
 * The S3-compatible server the storage tests run against (fauxqs, an npm devDependency). Skipped loudly when it
 * cannot start on a developer's machine; under CI=true its absence fails the run.
 */
export async function s3ServerForTests(): Promise<S3Server | undefined> {
  try {
    return await startS3Server({ bucket: `rehearse-test-${process.pid}` });
  } catch (error) {
    if (process.env.CI === 'true') throw new Error(`The S3 test server is required under CI=true: ${String(error)}`);
    console.warn(`\n⚠️  The S3 test server did not start (${String(error)}): S3 storage tests are SKIPPED.\n`);
    return undefined;
  }
}
