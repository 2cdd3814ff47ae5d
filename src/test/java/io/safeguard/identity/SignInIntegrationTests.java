package io.safeguard.identity;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.support.Fixtures;
import io.safeguard.support.Fixtures.Person;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sign-in as a person meets it: password, TOTP second step, lock-out, idle logoff, CSRF and security headers. */
@IntegrationTest
abstract class SignInIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired TotpEnrolment enrolment;
    @Autowired TenantAccess access;
    @Autowired ActivityTrail trail;
    @Autowired ApiTokens tokens;
    @Autowired PasswordSignIn passwordSignIn;
    @Autowired SecondFactor secondFactor;
    @Autowired Accounts accounts;

    TenantId tenant;
    Person member;

    @BeforeEach
    void organizationWithAMember() {
        tenant = fixtures.organization("Sign-in Clinic");
        member = fixtures.member(tenant, Role.CONTRIBUTOR);
    }

    @Test
    void signsInWithEmailAndPassword() throws Exception {
        mvc.perform(formLogin("/login").userParameter("email").user(member.email().toUpperCase()).password(member.password()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAWrongPasswordAndRecordsTheFailure() throws Exception {
        mvc.perform(formLogin("/login").userParameter("email").user(member.email()).password("not the password"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(trail.page(null, "identity.sign-in.failure", 0, 50))
                .anySatisfy(r -> assertThat(r.accountId()).isEqualTo(member.id()));
    }

    @Test
    void locksTheAccountAfterFiveFailuresUntilTheLockoutEnds() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").userParameter("email").user(member.email()).password("wrong " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").userParameter("email").user(member.email()).password(member.password()))
                .andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        mvc.perform(formLogin("/login").userParameter("email").user(member.email()).password(member.password()))
                .andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(formLogin("/login").userParameter("email").user(member.email()).password(member.password()))
                .andExpect(redirectedUrl("/"));
        assertThat(trail.page(null, "identity.sign-in.lock", 0, 50))
                .anySatisfy(r -> assertThat(r.accountId()).isEqualTo(member.id()));
    }

    @Test
    void parallelWrongPasswordsAreAllCountedAndLockTheAccount() throws Exception {
        int attempts = 20;
        var outcomes = inParallel(attempts, i -> {
            try {
                passwordSignIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(member.email(), "wrong " + i));
                return "signed in";
            } catch (AuthenticationException e) {
                return e.getClass().getSimpleName();
            }
        });
        assertThat(outcomes).isSubsetOf("BadCredentialsException", "LockedException");
        // Normally all twenty passwords are checked before the fifth failure locks the account; one that starts
        // later is refused as locked without being checked or counted. Every checked one counts: none is lost.
        long checked = outcomes.stream().filter("BadCredentialsException"::equals).count();
        Account after = accounts.get(member.id());
        assertThat((long) after.failedSignIns()).isEqualTo(checked).isGreaterThanOrEqualTo(5);
        assertThat(after.isLockedAt(clock.instant())).isTrue();
        assertThat(trail.page(null, "identity.sign-in.lock", 0, 100))
                .filteredOn(r -> member.id().equals(r.accountId()) && r.action().equals("identity.sign-in.lock")).hasSize(1);
        mvc.perform(formLogin("/login").userParameter("email").user(member.email()).password(member.password()))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void oneSourceAddressHasABudgetOfFailuresThatRefillsOverTime() throws Exception {
        for (int i = 0; i < 20; i++) { // the default budget: 20 failures, then one more every 3 minutes
            mvc.perform(signIn("nobody-" + i + "@guessing.test", "guess " + i, "203.0.113.7"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(member.email(), member.password(), "203.0.113.7")).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(signIn(member.email(), member.password(), "198.51.100.20")).andExpect(redirectedUrl("/"));

        clock.advance(Duration.ofMinutes(3).minusSeconds(1));
        mvc.perform(signIn(member.email(), member.password(), "203.0.113.7")).andExpect(redirectedUrl("/login?throttled"));
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(signIn(member.email(), member.password(), "203.0.113.7")).andExpect(redirectedUrl("/"));

        // The refusals are not recorded one by one: one row says the address ran out of attempts.
        assertThat(trail.page(null, "identity.sign-in.throttled", 0, 50))
                .filteredOn(r -> "203.0.113.7".equals(r.objectId())).hasSize(1);
        assertThat(accounts.get(member.id()).failedSignIns()).isZero(); // the account itself was never guessed at
    }

    @Test
    void repeatedWrongCodesLockTheAccountEvenForTheRightCode() throws Exception {
        String secret = enrol(member);
        MockHttpSession session = passwordStep(member);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", "000000")).andExpect(status().isOk());
        }
        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(secondFactor.verify(member.id(), TotpCodes.next(secret, clock.instant()))).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(secondFactor.verify(member.id(), TotpCodes.next(secret, clock.instant()))).isPresent();
    }

    @Test
    void parallelWrongCodesNeitherStarveTheConnectionPoolNorGetLost() throws Exception {
        enrol(member);
        int attempts = 20;
        long started = System.nanoTime();
        var outcomes = inParallel(attempts, i -> secondFactor.verify(member.id(), "00000" + (i % 10)).isPresent() ? "ok" : "refused");
        assertThat(outcomes).containsOnly("refused");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        // Codes checked after the lock are refused without being checked or counted; every counted one is on the trail.
        Account after = accounts.get(member.id());
        long recorded = trail.page(null, "identity.sign-in.failure", 0, 500).stream()
                .filter(r -> member.id().equals(r.accountId())).count();
        assertThat(after.failedSignIns()).isEqualTo(recorded).isBetween(5, attempts);
        assertThat(after.isLockedAt(clock.instant())).isTrue();
    }

    @Test
    void aTotpCodeSentTwiceAtOnceSignsInOnlyOnce() throws Exception {
        String secret = enrol(member);
        String code = TotpCodes.next(secret, clock.instant());
        // Four at once: the three reused ones count as failures but stay below the lock-out limit of five.
        var outcomes = inParallel(4, i -> secondFactor.verify(member.id(), code).isPresent() ? "ok" : "refused");
        assertThat(outcomes).containsOnlyOnce("ok");
    }

    @Test
    void anAccountWithTotpNeedsTheCodeBeforeAnythingElse() throws Exception {
        String secret = enrol(member);
        MockHttpSession session = passwordStep(member);
        mvc.perform(get("/t/" + tenant).session(session)).andExpect(redirectedUrl("/login/totp"));

        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not right")));

        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", TotpCodes.next(secret, clock.instant())))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/t/" + tenant).session(session)).andExpect(status().isOk());
    }

    @Test
    void aTotpCodeWorksOnlyOnce() throws Exception {
        String secret = enrol(member);
        String code = TotpCodes.next(secret, clock.instant());
        MockHttpSession first = passwordStep(member);
        mvc.perform(post("/login/totp").session(first).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));
        MockHttpSession second = passwordStep(member);
        mvc.perform(post("/login/totp").session(second).with(csrf()).param("code", code)).andExpect(status().isOk());
        mvc.perform(get("/t/" + tenant).session(second)).andExpect(redirectedUrl("/login/totp"));
    }

    @Test
    void anOrganizationRequiringMfaTurnsAwayAPasswordOnlySession() throws Exception {
        access.setMfaRequired(fixtures.ownerScope(tenant), true);
        mvc.perform(get("/t/" + tenant).with(signedIn(member, false)))
                .andExpect(redirectedUrl("/account/security?required"));
        mvc.perform(get("/t/" + tenant).with(signedIn(member, true))).andExpect(status().isOk());
    }

    @Test
    void aPasswordOnlySessionCannotCreateAnApiTokenForAnOrganizationRequiringMfa() throws Exception {
        access.setMfaRequired(fixtures.ownerScope(tenant), true);
        mvc.perform(post("/account/tokens").with(signedIn(member, false)).with(csrf())
                        .param("tenant", tenant.toString()).param("role", "CONTRIBUTOR").param("name", "nightly import"))
                .andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("two-step sign-in")))
                .andExpect(flash().attributeCount(1));
        assertThat(tokens.of(member.id())).isEmpty();

        mvc.perform(post("/account/tokens").with(signedIn(member, true)).with(csrf())
                        .param("tenant", tenant.toString()).param("role", "CONTRIBUTOR").param("name", "nightly import"))
                .andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attributeExists("secret"));
        assertThat(tokens.of(member.id())).hasSize(1);
    }

    @Test
    void platformAdministrationNeedsTheSecondFactor() throws Exception {
        Person admin = fixtures.admin();
        mvc.perform(get("/admin/activity").with(signedIn(admin, false))).andExpect(redirectedUrl("/account/security?required"));
        mvc.perform(get("/admin/organizations/new").with(signedIn(admin, false))).andExpect(redirectedUrl("/account/security?required"));
        mvc.perform(get("/admin/activity").with(signedIn(admin, true))).andExpect(status().isOk());
        mvc.perform(get("/admin/activity").with(signedIn(member, true))).andExpect(status().isForbidden());
    }

    @Test
    void logsOffAfterFifteenIdleMinutes() throws Exception {
        MockHttpSession session = passwordStep(member);
        mvc.perform(get("/t/" + tenant).session(session)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(15));
        mvc.perform(get("/t/" + tenant).session(session)).andExpect(status().isOk()); // exactly 15 minutes: still on
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        mvc.perform(get("/t/" + tenant).session(session)).andExpect(redirectedUrl("/login?timeout"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        Person owner = fixtures.member(tenant, Role.OWNER);
        mvc.perform(post("/t/" + tenant + "/organization/sites").with(signedIn(owner)).param("name", "Annex"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/t/" + tenant + "/organization/sites").with(signedIn(owner)).with(csrf()).param("name", "Annex"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void pagesNeedASignedInAccount() throws Exception {
        mvc.perform(get("/t/" + tenant)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/portfolio")).andExpect(redirectedUrl("/login"));
    }

    /** Runs {@code attempt} from {@code n} threads released together, and returns what each returned. */
    private static List<String> inParallel(int n, IntFunction<String> attempt) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(n)) {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.apply(index);
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        }
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String fromAddress) {
        return post("/login").param("email", email).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(fromAddress);
            return request;
        });
    }

    private String enrol(Person person) {
        var pending = enrolment.start(person.id());
        enrolment.confirm(person.id(), pending.secret(), TotpCodes.at(pending.secret(), clock.instant()));
        return pending.secret();
    }

    private MockHttpSession passwordStep(Person person) throws Exception {
        var result = mvc.perform(formLogin("/login").userParameter("email").user(person.email()).password(person.password()))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
