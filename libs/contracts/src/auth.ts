/** Body of `GET /api/auth/session`: lets the web app decide whether to show a sign-in screen. */
export interface AuthSessionResponse {
  /** The api was started with SERAPH_API_TOKEN. */
  authRequired: boolean;
  /** This request carries a valid token (always true when none is required). */
  authenticated: boolean;
}

/** Body of `POST /api/auth/login`. */
export interface LoginRequest {
  token: string;
}
