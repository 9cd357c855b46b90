/**
 * The VirtualMachine lifecycle as DVP's controllers compute it, as pure functions of explicit state: operations
 * (applicability per runPolicy and phase, supersede matrix, phases), VM phase derivation, the start gate of
 * conditions, the runPolicy power-state machine, provisioning readiness, attachment phases, and which labels reach
 * the launcher pod. No clock of their own, no cluster lookups; everything is deterministic.
 */
package dev.dvp.lifecycle;
