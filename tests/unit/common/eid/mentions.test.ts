import { describe, expect, it } from 'vitest';
import {
  BREXIT_MENTIONS,
  CARD_A_MENTIONS,
  parseMention,
  SPECIAL_ORGANISATIONS,
  WORK_PERMIT_MENTIONS,
} from '../../../../common/eid/mentions.ts';

describe('parseMention (belpic-protocol.md §4.2 tags 13, 16, 1B–1E)', () => {
  it.each([
    ['special organisation', SPECIAL_ORGANISATIONS, '1', 'shape'],
    ['special organisation', SPECIAL_ORGANISATIONS, '2', 'nato'],
    ['special organisation', SPECIAL_ORGANISATIONS, '4', 'old-european-blue-card'],
    ['special organisation', SPECIAL_ORGANISATIONS, '5', 'researcher'],
    ['work permit', WORK_PERMIT_MENTIONS, '7', 'unlimited'],
    ['work permit', WORK_PERMIT_MENTIONS, '8', 'limited'],
    ['work permit', WORK_PERMIT_MENTIONS, '9', 'none'],
    ['work permit', WORK_PERMIT_MENTIONS, 'A', 'seasonal-worker'],
    ['Brexit', BREXIT_MENTIONS, 'B', 'article-18-1'],
    ['Brexit', BREXIT_MENTIONS, 'C', 'permanent-residence'],
    ['A-card', CARD_A_MENTIONS, 'A', 'seasonal-worker'],
    ['A-card', CARD_A_MENTIONS, 'D', 'student'],
    ['A-card', CARD_A_MENTIONS, 'E', 'school-pupil'],
    ['A-card', CARD_A_MENTIONS, 'F', 'trainee'],
    ['A-card', CARD_A_MENTIONS, 'G', 'volunteer'],
    ['A-card', CARD_A_MENTIONS, 'H', 'au-pair'],
    ['A-card', CARD_A_MENTIONS, 'I', 'researcher'],
    ['A-card', CARD_A_MENTIONS, 'J', 'job-search'],
    ['A-card', CARD_A_MENTIONS, 'K', 'mobility-programme'],
  ])('%s code %s is %s', (_, table, code, kind) => {
    expect(parseMention(table, code)).toEqual({ code, kind });
  });

  it.each([
    [SPECIAL_ORGANISATIONS, '3'],
    [WORK_PERMIT_MENTIONS, 'a'],
    [BREXIT_MENTIONS, 'A'],
    [CARD_A_MENTIONS, 'B'],
    [CARD_A_MENTIONS, ''],
    [CARD_A_MENTIONS, 'constructor'],
  ])('keeps code %#, not in its table, as unknown', (table, code) => {
    expect(parseMention(table, code)).toEqual({ code, kind: 'unknown' });
  });
});
