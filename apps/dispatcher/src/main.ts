import 'reflect-metadata';
import { loadConfigOrExit } from '@invataxi/config';
import { createDispatcher } from './create-dispatcher';

void createDispatcher(loadConfigOrExit());
