/**
 * The service's API paths, shared by the routes and the wizard's client so that neither spells
 * a URL by hand. Everything JSON lives under one versioned prefix; a breaking change gets `/v2`.
 */

/** The versioned prefix of every JSON route. */
export const API_PREFIX = '/api/v1';

/** Paths relative to the service origin, for the client. */
export const API_PATHS = {
  /** `POST`: start an enrolment (phone). */
  enrolments: `${API_PREFIX}/enrolments`,
  /** `GET`: poll an enrolment (phone, bearer poll token). */
  enrolment: (id: string): string => `${API_PREFIX}/enrolments/${encodeURIComponent(id)}`,
  /** `POST`: confirm an enrolment (phone, bearer poll token). */
  confirmEnrolment: (id: string): string => `${API_PREFIX}/enrolments/${encodeURIComponent(id)}/confirm`,
  /** `POST`: open a desktop session. */
  sessions: `${API_PREFIX}/sessions`,
  /** `POST`: authenticate the session with a Web eID token. */
  authenticate: (id: string): string => `${API_PREFIX}/sessions/${encodeURIComponent(id)}/authenticate`,
  /** `POST`: bind the registration code to the session. */
  bindCode: (id: string): string => `${API_PREFIX}/sessions/${encodeURIComponent(id)}/code`,
  /** `POST`: submit the signed application. */
  application: (id: string): string => `${API_PREFIX}/sessions/${encodeURIComponent(id)}/application`,
} as const;
