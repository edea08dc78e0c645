import { runTool } from '../tests/support/run-tool.ts';
import { insertVirtualCard } from '../tests/support/virtual-reader.ts';

/** How many APDUs OpenSC's `pkcs15-tool --list-certificates` sends to list a card's certificates. */
export async function openscListApdus(
  id: string,
): Promise<{ total: number; byInstruction: Record<string, number> }> {
  const inserted = await insertVirtualCard(id, 0);
  try {
    const run = await runTool('pkcs15-tool', ['--reader', '0', '--list-certificates']);
    if (run.status !== 0) throw new Error(`pkcs15-tool failed on ${id}: ${run.stderr}`);
    return {
      total: inserted.card.trace.count,
      byInstruction: Object.fromEntries(inserted.card.trace.byInstruction()),
    };
  } finally {
    await inserted.close();
  }
}
