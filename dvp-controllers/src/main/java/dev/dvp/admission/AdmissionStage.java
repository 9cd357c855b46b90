package dev.dvp.admission;

/**
 * The stage of the API server's admission that decided a request, in the order the stages run. An earlier stage's
 * error hides every later one: a defaulter error hides schema errors, a schema error hides webhook errors.
 */
public enum AdmissionStage {
  /** The mutating webhook (only VirtualMachine has one): class name, coreFraction, network ids. */
  MUTATING,
  /** The CRD's OpenAPI schema and CEL rules; all failures are reported together. */
  SCHEMA,
  /** The resource's validating webhook; the first failing validator is reported, earlier warnings dropped. */
  VALIDATING
}
