package io.safeguard.accesslog.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs the access-log checkpoints of this installation. It lives in a file under the data
 * folder, never in the database, so that someone who can edit the database cannot re-sign a rewritten ledger; the
 * public key (as a C2SP verifier key) is shown on the ledger page and exported with segments, to be kept elsewhere.
 * Created on first use, readable by the server's user only.
 */
@Component
class CheckpointKey {
    static final String NAME = "safeguard-accesslog";
    private final Path file;
    private volatile KeyPair pair;

    CheckpointKey(@Value("${safeguard.data-dir}") String dataDir,
            @Value("${safeguard.accesslog.checkpoint-key:}") String keyFile) {
        this.file = keyFile.isBlank() ? Path.of(dataDir, "accesslog", "checkpoint-ed25519.pk8") : Path.of(keyFile);
    }

    NoteSigner signer() {
        return NoteSigner.of(NAME, pair());
    }

    VerifierKey verifierKey() {
        return VerifierKey.of(NAME, pair().getPublic());
    }

    private KeyPair pair() {
        KeyPair p = pair;
        if (p == null) {
            synchronized (this) {
                if (pair == null) {
                    pair = loadOrCreate();
                }
                p = pair;
            }
        }
        return p;
    }

    private KeyPair loadOrCreate() {
        try {
            if (Files.exists(file)) {
                byte[] pkcs8 = Files.readAllBytes(file);
                var factory = KeyFactory.getInstance("Ed25519");
                PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                return Ed25519Keys.keyPair(privateKey);
            }
            var generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519);
            KeyPair created = generator.generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "key", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions protect the key
            }
            Files.write(temp, created.getPrivate().getEncoded());
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint signing key could not be read or created at " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint signing key at " + file + " is not an Ed25519 PKCS#8 key", e);
        }
    }
}
