/**
 * The tamper-evident ledger's mathematics, free of Spring and SQL: RFC 9162 Merkle tree hashing ({@link
 * io.safeguard.accesslog.ledger.MerkleHash}), the append-only tree ({@code TreeBuilder}), inclusion and consistency
 * proofs ({@link io.safeguard.accesslog.ledger.Proofs}), C2SP signed notes and checkpoints ({@link
 * io.safeguard.accesslog.ledger.Checkpoint}), the offline verifier ({@link io.safeguard.accesslog.ledger.LedgerVerifier})
 * and the segment export file ({@link io.safeguard.accesslog.ledger.SegmentWriter}, {@link
 * io.safeguard.accesslog.ledger.SegmentReader}). Evidence for the integrity of audit records (164.312(b),
 * 164.312(c)(1)).
 */
package io.safeguard.accesslog.ledger;
