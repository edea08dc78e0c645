import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../../server/storage/errors.ts';
import { anApplication, anEnrolment, boundPair, minutes, randomHash } from './fixtures.ts';
import type { ContractContext } from './repository-contract.ts';

/** Enrolments: create, read, find by code hash, confirm; migrations run again. */
export function enrolmentContract(ctx: ContractContext): void {
  describe('enrolments', () => {
    it('stores an enrolment and reads it back field for field', async () => {
      const enrolment = anEnrolment();

      await ctx.repository.createEnrolment(enrolment);

      expect(await ctx.repository.getEnrolment(enrolment.id)).toEqual(enrolment);
      expect(await ctx.repository.getEnrolment(anEnrolment().id)).toBeUndefined();
    });

    it('refuses a second enrolment with the same id', async () => {
      const enrolment = anEnrolment();
      await ctx.repository.createEnrolment(enrolment);

      const again = ctx.repository.createEnrolment({ ...enrolment, codeHash: randomHash() });

      await expect(again).rejects.toBeInstanceOf(StorageError);
      await expect(again).rejects.toMatchObject({ code: 'duplicate-id' });
    });

    it('finds a pending enrolment by code hash only while its code is valid', async () => {
      const enrolment = anEnrolment({ codeExpiresAt: minutes(15) });
      await ctx.repository.createEnrolment(enrolment);
      const find = (hash: string, at: Date) => ctx.repository.findPendingEnrolmentByCodeHash(hash, at);

      expect(await find(enrolment.codeHash, minutes(14))).toEqual(enrolment);
      expect(await find(enrolment.codeHash, minutes(15))).toBeUndefined();
      expect(await find(randomHash(), minutes(1))).toBeUndefined();
      expect(await find('', minutes(1))).toBeUndefined();
    });

    it('never lets two live enrolments share a code hash, but reuses an expired one', async () => {
      const first = anEnrolment({ codeExpiresAt: minutes(15) });
      await ctx.repository.createEnrolment(first);

      const clash = ctx.repository.createEnrolment(
        anEnrolment({ codeHash: first.codeHash, createdAt: minutes(10) }),
      );
      await expect(clash).rejects.toMatchObject({ code: 'code-hash-in-use' });

      const later = anEnrolment({
        codeHash: first.codeHash,
        createdAt: minutes(15),
        codeExpiresAt: minutes(30),
      });
      await ctx.repository.createEnrolment(later);
      expect(await ctx.repository.getEnrolment(first.id)).toMatchObject({ status: 'expired', codeHash: '' });
      expect(await ctx.repository.findPendingEnrolmentByCodeHash(first.codeHash, minutes(16))).toEqual(later);
    });

    it('confirms only an enrolment awaiting confirmation, once', async () => {
      const { enrolment, session } = await boundPair(ctx.repository);
      expect(await ctx.repository.confirmEnrolment(enrolment.id)).toBe(false); // still pending

      await ctx.repository.storeApplication(anApplication(enrolment.id, session.id), 'Alice Test');
      expect(await ctx.repository.confirmEnrolment(enrolment.id)).toBe(true);
      expect(await ctx.repository.confirmEnrolment(enrolment.id)).toBe(false);

      expect(await ctx.repository.getEnrolment(enrolment.id)).toMatchObject({
        status: 'active',
        holderName: 'Alice Test',
        codeHash: '',
      });
      expect(await ctx.repository.confirmEnrolment(anEnrolment().id)).toBe(false);
    });

    it('migrates again without changing anything (idempotent)', async () => {
      const enrolment = anEnrolment();
      await ctx.repository.createEnrolment(enrolment);

      await ctx.repository.migrate();
      await ctx.repository.migrate();

      expect(await ctx.repository.getEnrolment(enrolment.id)).toEqual(enrolment);
    });
  });
}
