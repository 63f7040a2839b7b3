import rule from '../../src/rules/c17-security-monitoring.js';
import { ruleTester } from './rule-tester.js';

const CTRL = (fields: string) => `- {kind: security-control, id: at-gs, name: {vi: "Giám sát"}, status: current, owner: bo, controlType: monitoring, ${fields}}`;

ruleTester.run(rule, {
  valid: [{ elements: CTRL('monitoringConnected: true, fourLayerModel: {onsite: true, professionalMonitoring: true, independentAudit: true, nationalConnection: true}') }],
  invalid: [
    { elements: CTRL('monitoringConnected: false'), errors: [{ messageId: 'no-monitoring', element: 'at-gs' }] },
    { name: 'no controls at all', errors: [{ messageId: 'no-monitoring', manifest: [] }] },
    { elements: CTRL('monitoringConnected: true, fourLayerModel: {onsite: true, professionalMonitoring: true}'), errors: [{ messageId: 'incomplete-model', element: 'at-gs', field: 'fourLayerModel' }] },
  ],
});
