import { AppError } from '../../domain/errors/app-error';

/** A name is kept only with the date of the volunteer's consent. */
export function requireConsent(name: string | null, consentDate: string | null): void {
  if (name !== null && consentDate === null) {
    throw new AppError('VOLUNTEER_CONSENT_MISSING', {}, [
      { field: 'consentDate', message: 'Angiv datoen for den frivilliges samtykke, når navnet registreres.' },
    ]);
  }
}
