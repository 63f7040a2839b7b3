import rule from '../../src/rules/c28-service-published.js';
import { ruleTester } from './rule-tester.js';

const SYSTEMS = `- {kind: information-system, id: ht-tthc, name: {vi: "TTHC"}, status: current, owner: bo, role: tthc_system, subsystems: [ht-mot-cua]}
- {kind: information-system, id: ht-mot-cua, name: {vi: "Một cửa"}, status: current, owner: bo}
- {kind: information-system, id: ht-khac, name: {vi: "Khác"}, status: current, owner: bo, role: domain}`;
const SVC = (fields: string) => `${SYSTEMS}\n- {kind: public-service, id: dv-1, name: {vi: "DV"}, status: current, owner: bo, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: SVC('onlineLevel: toan_trinh, publishedOnNationalPortal: true, processedBy: ht-tthc') },
    { name: 'processed by a subsystem of the procedure system', elements: SVC('onlineLevel: mot_phan, publishedOnNationalPortal: true, processedBy: ht-mot-cua') },
    { name: 'not online', elements: SVC('onlineLevel: none') },
  ],
  invalid: [
    {
      elements: SVC('onlineLevel: toan_trinh, publishedOnNationalPortal: false, processedBy: ht-khac'),
      errors: [
        { messageId: 'not-published', element: 'dv-1', field: 'publishedOnNationalPortal' },
        { messageId: 'not-tthc-system', element: 'dv-1', field: 'processedBy' },
      ],
    },
    { name: 'silent on both: not stated, not "violates"', elements: SVC('onlineLevel: mot_phan'), errors: [{ messageId: 'publication-not-stated', element: 'dv-1' }, { messageId: 'processor-not-stated', element: 'dv-1' }] },
  ],
});
