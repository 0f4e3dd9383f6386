import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, data } from './api.ts';

/** Retakes an interview (the same questions, in a new one) and opens the new interview. */
export function useRetake() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (interviewId: string) =>
      data(api.POST('/api/v1/interviews/{id}/retake', { params: { path: { id: interviewId } } })),
    onSuccess: (next) => void navigate({ to: '/interviews/$id', params: { id: next.id } }),
  });
}
