import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from './api.ts';
import type { InterviewView } from './interviews.ts';

/** Retakes an interview (the same questions, in a new one) and opens the new interview. */
export function useRetake() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (interviewId: string) =>
      api<InterviewView>(`/api/v1/interviews/${interviewId}/retake`, { method: 'POST' }),
    onSuccess: (next) => void navigate({ to: '/interviews/$id', params: { id: next.id } }),
  });
}
