import { defineOutputs, input } from '@archway/kit';
import { channelsInput } from './channels/parse.ts';
import { ON_CONDITIONS, STATUSES } from './conditions.ts';

export const inputs = {
  channels: channelsInput(),
  message: { kind: 'template', parse: (raw: string) => raw },
  template: input.string(),
  title: input.string(),
  status: input.requiredChoice(STATUSES),
  on: input.requiredChoice(ON_CONDITIONS),
  results: input.list({ separator: /\n/ }),
  'fail-on-error': input.boolean(),
  token: input.string({ secret: true }),
};

export const outputs = defineOutputs(['sent', 'skipped', 'deliveries']);
