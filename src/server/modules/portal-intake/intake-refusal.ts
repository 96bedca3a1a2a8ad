/**
 * REC-10: why a submission from the national portal could not become a dossier: a stable code
 * (`INTAKE_…`) and the reason in Vietnamese, kept with the parked submission. A cause that may go
 * away by itself (a file server that did not answer: INTAKE_FILE_UNREACHABLE; a failure of motcua:
 * INTAKE_FAILED) is parked too, and its reason says the provincial office may retry it.
 */
export class IntakeRefusal extends Error {
  override readonly name = "IntakeRefusal";
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(`${code}: ${reason}`);
  }
}
