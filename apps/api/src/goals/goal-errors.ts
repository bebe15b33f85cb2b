import { ConflictException, NotFoundException } from '@nestjs/common';
import { apiErrorBody } from '../http/api-error';

/** 404 for an id that names no goal; `field` says where it came from (`id` or `parentId`). */
export function goalNotFound(id: string, field: 'id' | 'parentId' = 'id'): NotFoundException {
  const what = field === 'id' ? 'No goal has id' : 'The parent goal does not exist: no goal has id';
  return new NotFoundException(
    apiErrorBody(404, `${what} ${id}`, [{ field, rule: 'must be the id of an existing goal' }]),
  );
}

/** 409 for a change the goal tree cannot take. */
export function goalConflict(message: string, field: string, rule: string): ConflictException {
  return new ConflictException(apiErrorBody(409, message, [{ field, rule }]));
}
