import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN, ROLES } from './auth.ts';

export const emailSchema = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());

export const signUpBody = z.object({
  email: emailSchema,
  password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX),
  name: z.string().trim().min(1).max(100),
});

export const signInBody = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const userView = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
  })
  .meta({ id: 'User' });

export const sessionView = z.object({ user: userView }).meta({ id: 'Session' });

export const currentSession = z
  .object({ user: userView.nullable().describe('Null when nobody is signed in') })
  .meta({ id: 'CurrentSession' });
