import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('listens on this machine only unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
  });

  it('starts as web and worker at once unless ROLE says otherwise, and refuses an unknown role', () => {
    expect(loadConfig({}).role).toBe('both');
    expect(loadConfig({ ROLE: 'worker' }).role).toBe('worker');
    expect(() => loadConfig({ ROLE: 'api' })).toThrow(/ROLE/);
  });

  it('refuses an empty HOST, naming it', () => {
    expect(() => loadConfig({ HOST: '' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '' })).toThrow(/HOST/);
  });
});
