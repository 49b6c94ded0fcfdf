import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

/** Förnya recept (DOMAIN.md section 3, row 8). */
export const renewPrescriptionForm: FormDefinition = {
  formatVersion: 1,
  key: 'renew-prescription',
  version: 1,
  title: { sv: 'Förnya recept', en: 'Renew a prescription' },
  description:
    '1 to 10 medicines per form (seed). Designed per medicine: name (required), strength and dosage (optional), as on the pharmacy label. Further information is a clinic option, on by default.',
  clinicOptions: [
    {
      key: 'furtherInformation',
      kind: 'flag',
      label: {
        sv: 'Invånaren kan lämna ytterligare upplysningar',
        en: 'The citizen may give further information',
      },
      default: true,
    },
  ],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'onlyThisClinic',
      type: 'display',
      text: {
        sv: 'Du kan förnya recept som har skrivits ut på den här mottagningen.',
        en: 'You can renew prescriptions written at this clinic.',
      },
    },
    {
      linkId: 'medicines',
      type: 'group',
      repeats: true,
      minOccurs: 1,
      maxOccurs: 10,
      text: { sv: 'Läkemedel', en: 'Medicines' },
      items: [
        {
          linkId: 'name',
          type: 'string',
          required: true,
          maxLength: 100,
          text: { sv: 'Läkemedlets namn', en: 'Name of the medicine' },
        },
        {
          linkId: 'strength',
          type: 'string',
          maxLength: 50,
          text: { sv: 'Styrka', en: 'Strength' },
          hint: { sv: 'Till exempel 10 mg.', en: 'For example 10 mg.' },
        },
        {
          linkId: 'dosage',
          type: 'string',
          maxLength: 100,
          text: { sv: 'Hur du tar läkemedlet', en: 'How you take it' },
          hint: {
            sv: 'Till exempel 1 tablett morgon och kväll.',
            en: 'For example 1 tablet morning and evening.',
          },
        },
      ],
    },
    {
      linkId: 'furtherInformation',
      type: 'text',
      maxLength: 2000,
      text: { sv: 'Ytterligare upplysningar', en: 'Further information' },
      clinicOption: { option: 'furtherInformation' },
    },
  ],
};
