import { z } from 'zod';

/**
 * Zod's own messages in Danish ("Ugyldigt input: forventede string, fik undefined"), for every
 * field without a hand-written message. Imported for its effect by each schema module.
 */
z.config(z.locales.da());
