import { describe, expect, it } from 'vitest';
import { defaultScryptParams, hashPassword, verifyPassword } from '../../src/main/core/auth/password';

describe('password hashing', () => {
  it('stores scrypt with its parameters and a random salt', async () => {
    const first = await hashPassword('correct horse battery', { N: 1024, r: 8, p: 1 });
    const second = await hashPassword('correct horse battery', { N: 1024, r: 8, p: 1 });
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterY', first)).toBe(false);
  });

  it('uses N=2^17, r=8, p=1 by default', async () => {
    expect(defaultScryptParams).toEqual({ N: 131072, r: 8, p: 1 });
    const hash = await hashPassword('a production strength password');
    expect(hash.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(await verifyPassword('a production strength password', hash)).toBe(true);
  });

  it('treats a damaged hash as a wrong password', async () => {
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('anything', 'scrypt$x$8$1$c2FsdA==$a2V5')).toBe(false);
  });

  it('treats composed and decomposed æøå alike', async () => {
    const hash = await hashPassword('blåbærsyltetøy', { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('bla\u030abærsyltetøy', hash)).toBe(true);
  });
});
