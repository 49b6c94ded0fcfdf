import '@etj/ui/styles.css';
import { mountSpa } from '@etj/spa';
import { CitizenApp } from './App.tsx';
import { createCitizenI18n } from './i18n/i18n-instances.ts';

mountSpa('citizen', <CitizenApp i18n={createCitizenI18n()} />);
