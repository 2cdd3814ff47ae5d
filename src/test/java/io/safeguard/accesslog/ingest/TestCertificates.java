package io.safeguard.accesslog.ingest;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Self-signed EC certificates made in the test, for TLS tests. bcpkix (Bouncy Castle's certificate builder) is not on
 * the class path; bcprov's ASN.1 classes build the certificate structure, the JDK signs it. Test-only keys, never
 * stored.
 */
final class TestCertificates {
    static final char[] PASSWORD = "test-only".toCharArray();

    private TestCertificates() {}

    /** A key store with one entry: a new key pair and its self-signed certificate for {@code CN=<commonName>}. */
    static KeyStore selfSigned(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        var algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        var name = new X500Name("CN=" + commonName);
        var tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(new BigInteger(64, new SecureRandom())));
        tbs.setIssuer(name);
        tbs.setSubject(name);
        tbs.setStartDate(new Time(Date.from(Instant.parse("2020-01-01T00:00:00Z"))));
        tbs.setEndDate(new Time(Date.from(Instant.parse("2099-01-01T00:00:00Z"))));
        tbs.setSignature(algorithm);
        tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()));
        TBSCertificate body = tbs.generateTBSCertificate();
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(pair.getPrivate());
        signer.update(body.getEncoded(ASN1Encoding.DER));
        var certificate = new ASN1EncodableVector();
        certificate.add(body);
        certificate.add(algorithm);
        certificate.add(new DERBitString(signer.sign()));
        var x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(new DERSequence(certificate).getEncoded(ASN1Encoding.DER)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(commonName, pair.getPrivate(), PASSWORD, new Certificate[] {x509});
        return store;
    }

    /** A trust store holding the certificates of the given key stores. */
    static KeyStore trusting(KeyStore... stores) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (KeyStore store : stores) {
            String alias = store.aliases().nextElement();
            trust.setCertificateEntry(alias, store.getCertificate(alias));
        }
        return trust;
    }

    /** A client context: its own key (or none) and trust in {@code server}. */
    static SSLContext client(KeyStore ownKey, KeyStore trusted) throws Exception {
        var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (ownKey != null) {
            keyManagers.init(ownKey, PASSWORD);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(ownKey == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }
}
