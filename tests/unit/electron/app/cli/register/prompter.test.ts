import { describe, expect, it, vi } from 'vitest';
import { Prompter, PromptInterrupted } from '../../../../../../electron/app/cli/register/prompter.ts';
import { InputEnded, TerminalInput } from '../../../../../../electron/app/cli/register/terminal-input.ts';
import { FakeOutput, fakeInput, outputContains } from './fake-terminal.ts';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function setUp(tty: boolean) {
  const input = fakeInput(tty);
  const output = new FakeOutput();
  const terminal = new TerminalInput(input);
  const onInterrupt = vi.fn();
  return { input, output, terminal, onInterrupt, prompter: new Prompter(terminal, output, onInterrupt) };
}

describe('Prompter on a pipe (scripts and tests)', () => {
  it('reads one line per answer and echoes visible answers, so a log reads like the conversation', async () => {
    const { input, output, prompter } = setUp(false);
    input.type('  jan@example.be \r\n0470 12 34 56\n');
    expect(await prompter.ask('E-mail address:')).toBe('jan@example.be');
    expect(await prompter.ask('Phone:')).toBe('0470 12 34 56');
    expect(output.text).toBe('E-mail address: jan@example.be\nPhone: 0470 12 34 56\n');
  });

  it('reads the PIN as one line and never writes it', async () => {
    const { input, output, prompter } = setUp(false);
    input.type('905173\r\n');
    const pin = await prompter.secret('PIN:');
    expect(text(pin)).toBe('905173');
    expect(output.text).toBe('PIN: \n');
  });

  it('takes a last line without a line break, then says the input ended', async () => {
    const { input, prompter } = setUp(false);
    input.end('4H8VN');
    expect(await prompter.ask('Code:')).toBe('4H8VN');
    await expect(prompter.ask('E-mail:')).rejects.toBeInstanceOf(InputEnded);
  });

  it('zero-fills the chunks it receives: typed bytes are kept only where the reader puts them', async () => {
    const { input, prompter } = setUp(false);
    const chunk = Buffer.from('905173\n');
    input.write(chunk);
    const pin = await prompter.secret('PIN:');
    expect([...chunk]).toEqual(new Array(chunk.length).fill(0));
    expect(text(pin)).toBe('905173');
  });

  it('withdraws a question when its signal aborts, and starts what follows on a new line', async () => {
    const { output, prompter } = setUp(false);
    const controller = new AbortController();
    const asked = prompter.ask('Code:', controller.signal);
    controller.abort(new Error('moved on'));
    await expect(asked).rejects.toThrow('moved on');
    prompter.say(['The card was taken out.']);
    expect(output.text).toBe('Code: \nThe card was taken out.\n');
  });
});

describe('Prompter on a terminal', () => {
  it('reads the PIN in raw mode: one * per digit, backspace, other keys ignored, nothing echoed', async () => {
    const { input, output, prompter } = setUp(true);
    const asked = prompter.secret('PIN:');
    await outputContains(output, 'PIN: ');
    input.type('90');
    input.type('x');
    input.type('\x1b[1~'); // Home: its digit is not a PIN digit
    input.type('5');
    input.type('\x7f'); // backspace
    input.type('5173\r');
    expect(text(await asked)).toBe('905173');
    expect(input.rawModes).toEqual([true, false]);
    expect(output.text).toBe('PIN: ***\b \b****\n');
    expect(output.text).not.toMatch(/\d/);
  });

  it('turns echo off before the PIN question shows, so a digit typed at once is not echoed', async () => {
    const { input, output, prompter } = setUp(true);
    const shownWhenRaw: string[] = [];
    const setRawMode = input.setRawMode!.bind(input);
    input.setRawMode = (mode: boolean) => (mode && shownWhenRaw.push(output.text), setRawMode(mode));
    const asked = prompter.secret('PIN:');
    input.type('1234\r');
    await asked;
    expect(shownWhenRaw).toEqual(['']);
  });

  it('stops at 12 digits, the longest PIN', async () => {
    const { input, prompter } = setUp(true);
    const asked = prompter.secret('PIN:');
    input.type('12345678901234\r');
    expect(text(await asked)).toBe('123456789012');
  });

  it('treats Ctrl-C as an interrupt (raw mode sends no SIGINT) and leaves raw mode', async () => {
    const { input, prompter, onInterrupt } = setUp(true);
    const asked = prompter.secret('PIN:');
    input.type('12\x03');
    await expect(asked).rejects.toBeInstanceOf(PromptInterrupted);
    expect(onInterrupt).toHaveBeenCalledOnce();
    expect(input.rawModes).toEqual([true, false]);
  });

  it('treats Ctrl-D on an empty PIN as the end of input', async () => {
    const { input, prompter } = setUp(true);
    const asked = prompter.secret('PIN:');
    input.type('\x04');
    await expect(asked).rejects.toBeInstanceOf(InputEnded);
  });

  it('leaves visible answers to the terminal to echo', async () => {
    const { input, output, prompter } = setUp(true);
    input.type('jan@example.be\n');
    expect(await prompter.ask('E-mail address:')).toBe('jan@example.be');
    expect(output.text).toBe('E-mail address: ');
    expect(input.rawModes).toEqual([]);
  });
});
