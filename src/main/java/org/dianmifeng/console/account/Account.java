package org.dianmifeng.console.account;

import java.time.LocalDateTime;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Passwords;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.UserName;

/**
 * A sign-in account. Never carries the password hash: that stays between {@link AccountStore} and
 * {@link AccountService}. {@code id} and {@code version} are null for an account not yet saved. {@code teamId} is the
 * team a {@link Role#TEAM_LEADER} acts for (ACCOUNT.TEAM_ID), null for every other role.
 */
public record Account(Long id, String username, String displayName, Role role, Long teamId, int failedLogins,
                      LocalDateTime lockedUntil, boolean active, LocalDateTime createdAt, Integer version)
        implements Auditable {
    /** How a person with an account is named to users: by name, the username after it (account.shown). */
    public String shown(Messages messages) {
        return new UserName(username, displayName).shown(messages);
    }

    public static final int USERNAME_MAX = 40;
    public static final int DISPLAY_NAME_MAX = 50;
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,40}";

    /** A new account as a form describes it. */
    public static Account draft(String username, String displayName, Role role) {
        return draft(username, displayName, role, null);
    }

    /** A new account of a role that acts for one team (a team leader's), as a form describes it. */
    public static Account draft(String username, String displayName, Role role, Long teamId) {
        return new Account(null, username, displayName, role, teamId, 0, null, true, null, null);
    }

    /** Another role, and the team it acts for (kept only for a team leader). */
    public Account withRole(Role newRole, Long newTeamId) {
        return new Account(id, username, displayName, newRole, newRole == Role.TEAM_LEADER ? newTeamId : null,
                failedLogins, lockedUntil, active, createdAt, version);
    }

    public Account withActive(boolean newActive) {
        return new Account(id, username, displayName, role, teamId, failedLogins, lockedUntil, newActive, createdAt,
                version);
    }

    /** Whether sign-in is refused at {@code now} because of too many failed attempts. */
    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Username of 3 to 40 characters a–z, 0–9, dot, underscore, hyphen; a display name; a role; a team leader's
     * team.
     */
    public Checks check() {
        Checks checks = new Checks()
                .text("account.username", username, USERNAME_MAX)
                .text("account.displayName", displayName, DISPLAY_NAME_MAX)
                .required("account.role", role);
        checkTeam(checks, role, teamId);
        if (!checks.has("account.username") && !username.matches(USERNAME_PATTERN)) {
            checks.add("account.username", "error.account.usernameChars");
        }
        return checks;
    }

    /** A team leader acts for one team: the role needs it chosen. */
    public static Checks checkTeam(Checks checks, Role role, Long teamId) {
        if (role == Role.TEAM_LEADER && teamId == null) {
            checks.add("account.team", "error.account.teamRequired");
        }
        return checks;
    }

    /**
     * Adds the problems of a new password typed twice: at least {@link Passwords#MIN_LENGTH}
     * characters, and the repetition equal to it.
     */
    public static Checks checkNewPassword(Checks checks, char[] password, char[] repeat) {
        if (password == null || password.length == 0) {
            checks.add("account.password", "error.required");
        } else if (password.length < Passwords.MIN_LENGTH) {
            checks.add("account.password", "error.password.tooShort", Passwords.MIN_LENGTH, password.length);
        }
        if (repeat == null || repeat.length == 0) {
            checks.add("account.repeat", "error.required");
        } else if (password != null && !java.util.Arrays.equals(password, repeat)) {
            checks.add("account.repeat", "error.password.mismatch");
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("username", username, "displayName", displayName, "role", role,
                "active", active, "lockedUntil", lockedUntil, "teamId", teamId);
    }
}
