import { it } from 'vitest'; it.todo('placeholder');
