import type { Audience } from '../../../core/audiences';
import type { RepeatPattern, Training } from '../../../core/trainings/contract';
import { choicesOf } from '../forms/ChoicesField';
import { wholeNumberInput } from '../forms/values';
import { formatDate } from '../format';
import { formatTime, joinDateTime } from './dateTime';

/** The session form's values as typed, and what the contract gets from them. */
export function trainingValues(t?: Training, prefill: { date?: string; topicId?: string } = {}) {
  const sameDay = !t || t.start.slice(0, 10) === t.end.slice(0, 10);
  return {
    title: t?.title ?? '',
    topicId: t ? String(t.topicId) : (prefill.topicId ?? ''),
    audiences: t?.audiences.join(',') ?? '',
    unitIds: t?.units.map((u) => u.id).join(',') ?? '',
    start: t ? formatDate(t.start) : formatDate(prefill.date),
    startTime: t ? formatTime(t.start) : '',
    end: t ? formatTime(t.end) : '',
    endDate: sameDay ? '' : formatDate(t.end),
    location: t?.location ?? '',
    videoLink: t?.videoLink ?? '',
    facilitators: t?.facilitators ?? '',
    capacity: t?.capacity ? String(t.capacity) : '',
    description: t?.description ?? '',
    'repeat.pattern': 'monthlyByWeekday',
    'repeat.interval': '1',
    'repeat.count': '6',
  };
}

export type TrainingValues = ReturnType<typeof trainingValues>;

export function toSessionInput(v: TrainingValues) {
  return {
    title: v.title,
    topicId: v.topicId ? Number(v.topicId) : (null as never),
    audiences: choicesOf(v.audiences) as Audience[],
    unitIds: choicesOf(v.unitIds).map(Number),
    start: joinDateTime(v.start, v.startTime),
    end: joinDateTime(v.endDate || v.start, v.end),
    location: v.location,
    videoLink: v.videoLink,
    facilitators: v.facilitators,
    capacity: wholeNumberInput(v.capacity),
    description: v.description,
  };
}

export function toRepeatInput(v: TrainingValues) {
  return {
    pattern: v['repeat.pattern'] as RepeatPattern,
    interval: wholeNumberInput(v['repeat.interval']) as number,
    count: wholeNumberInput(v['repeat.count']) as number,
  };
}
