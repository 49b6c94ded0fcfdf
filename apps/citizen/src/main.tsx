import '@etj/ui/styles.css';
import { mountSpa } from '@etj/spa';
import { CitizenApp } from './App.tsx';
import { createI18nInstances } from './i18n/i18n-instances.ts';

mountSpa('citizen', <CitizenApp i18n={createI18nInstances()} />);
