// The kits' and teams' reads, one query key each, so that a change invalidates exactly what shows it.
import { api, data } from '../api.ts';

export const kitKeys = {
  kits: ['kits'] as const,
  kit: (id: string) => ['kits', id] as const,
  scorecards: (id: string) => ['kits', id, 'scorecards'] as const,
  calibration: (id: string, candidate: string) => ['kits', id, 'calibration', candidate] as const,
  comparison: (id: string) => ['kits', id, 'comparison'] as const,
  teams: ['teams'] as const,
  team: (id: string) => ['teams', id] as const,
  invitations: ['invitations'] as const,
};

export const kitsQuery = { queryKey: kitKeys.kits, queryFn: () => data(api.GET('/api/v1/kits')) };
export const teamsQuery = { queryKey: kitKeys.teams, queryFn: () => data(api.GET('/api/v1/teams')) };
export const invitationsQuery = {
  queryKey: kitKeys.invitations,
  queryFn: () => data(api.GET('/api/v1/invitations')),
};

export const kitQuery = (id: string) => ({
  queryKey: kitKeys.kit(id),
  queryFn: () => data(api.GET('/api/v1/kits/{id}', { params: { path: { id } } })),
});

export const teamQuery = (id: string) => ({
  queryKey: kitKeys.team(id),
  queryFn: () => data(api.GET('/api/v1/teams/{id}', { params: { path: { id } } })),
});

export const scorecardsQuery = (id: string) => ({
  queryKey: kitKeys.scorecards(id),
  queryFn: () => data(api.GET('/api/v1/kits/{id}/scorecards', { params: { path: { id } } })),
});

export const comparisonQuery = (id: string) => ({
  queryKey: kitKeys.comparison(id),
  queryFn: () => data(api.GET('/api/v1/kits/{id}/comparison', { params: { path: { id } } })),
});

export const calibrationQuery = (id: string, candidate: string) => ({
  queryKey: kitKeys.calibration(id, candidate),
  queryFn: () => data(api.GET('/api/v1/kits/{id}/calibration', { params: { path: { id }, query: { candidate } } })),
  enabled: candidate.length > 0,
});

export const minutes = (seconds: number) => `${Math.round(seconds / 60)} min`;

export const RECOMMENDATION_WORDS = {
  'strong-no': 'Strong no',
  no: 'No',
  yes: 'Yes',
  'strong-yes': 'Strong yes',
} as const;
