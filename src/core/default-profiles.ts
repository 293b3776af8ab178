/** The profiles the configuration steps check when the admin names none (no zod: content scripts read it). */
export const DEFAULT_ADMIN_PROFILE = 'System Administrator';
export const DEFAULT_STANDARD_PROFILE = 'Standard User';
