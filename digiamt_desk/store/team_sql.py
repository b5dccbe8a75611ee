"""What the PostgreSQL server itself enforces in team mode, as SQL.

The app's checks give the friendly message; these are the guarantee, whatever program writes:

- GUARDS (installed by the migration 0013_team): the acting login is stamped into every history
  row a reviewer or approver writes; a plain reviewer cannot change a decided (awarded or
  rejected) application or its procedures; nobody changes the procedures of an application that
  is checked out; an approval is made in the approver's own name and never by the login that
  made the final decision (four eyes).
- roles_and_grants (run by `digiamt team init`): three group roles. Reviewers read everything,
  write the review tables and may only INSERT into the history tables (no UPDATE, no DELETE);
  approvers are reviewers who may also set the approval columns of a final decision;
  administrators may do everything.
"""

from __future__ import annotations

REVIEWER = "digiamt_reviewer"
APPROVER = "digiamt_approver"
ADMIN = "digiamt_admin"
ROLES = {"reviewer": REVIEWER, "approver": APPROVER, "admin": ADMIN}

_FINAL = "('awarded', 'rejected')"

GUARDS: tuple[str, ...] = (
    # Membership in a group role (false while the role does not exist: no team set up yet).
    # Superusers count as members of every role.
    """CREATE OR REPLACE FUNCTION digiamt_member(role_name text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = role_name
                     AND pg_has_role(current_user, r.oid, 'MEMBER'))
    $$""",
    f"""CREATE OR REPLACE FUNCTION digiamt_plain_reviewer() RETURNS boolean
    LANGUAGE sql STABLE AS $$
      SELECT digiamt_member('{REVIEWER}') AND NOT digiamt_member('{APPROVER}')
    $$""",
    f"""CREATE OR REPLACE FUNCTION digiamt_stamp_by() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF digiamt_member('{REVIEWER}') AND NOT digiamt_member('{ADMIN}') THEN
        NEW."by" := current_user;
      END IF;
      RETURN NEW;
    END $$""",
    *(f"""CREATE OR REPLACE TRIGGER digiamt_stamp_by BEFORE INSERT ON {table}
        FOR EACH ROW EXECUTE FUNCTION digiamt_stamp_by()"""
      for table in ("change_set", "status_event", "final_decision", "assignment", "checkout",
                    "import_run", "duplicate_dismissal")),
    f"""CREATE OR REPLACE FUNCTION digiamt_guard_application() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status IN {_FINAL} AND digiamt_plain_reviewer() THEN
        RAISE EXCEPTION 'application % is %: only an approver or administrator may change it',
          OLD.reference, OLD.status USING ERRCODE = '42501';
      END IF;
      RETURN NEW;
    END $$""",
    """CREATE OR REPLACE TRIGGER digiamt_guard_application BEFORE UPDATE ON application
        FOR EACH ROW EXECUTE FUNCTION digiamt_guard_application()""",
    # One statement-level check per UPDATE, however many procedures it changes.
    f"""CREATE OR REPLACE FUNCTION digiamt_guard_procedures() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      found_reference text;
    BEGIN
      SELECT a.reference INTO found_reference FROM application a
        WHERE a.id IN (SELECT DISTINCT application_id FROM changed_rows)
          AND EXISTS (SELECT 1 FROM checkout c WHERE c.application_id = a.id
                      AND c.released_at IS NULL)
        LIMIT 1;
      IF found_reference IS NOT NULL THEN
        RAISE EXCEPTION 'application % is checked out for offline work; it changes when it is '
          'checked in', found_reference USING ERRCODE = '55000';
      END IF;
      IF digiamt_plain_reviewer() THEN
        SELECT a.reference INTO found_reference FROM application a
          WHERE a.id IN (SELECT DISTINCT application_id FROM changed_rows)
            AND a.status IN {_FINAL} LIMIT 1;
        IF found_reference IS NOT NULL THEN
          RAISE EXCEPTION 'application % is decided: only an approver or administrator may '
            'change it', found_reference USING ERRCODE = '42501';
        END IF;
      END IF;
      RETURN NULL;
    END $$""",
    """CREATE OR REPLACE TRIGGER digiamt_guard_procedures AFTER UPDATE ON procedure
        REFERENCING NEW TABLE AS changed_rows
        FOR EACH STATEMENT EXECUTE FUNCTION digiamt_guard_procedures()""",
    f"""CREATE OR REPLACE FUNCTION digiamt_four_eyes() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.approved_by IS DISTINCT FROM OLD.approved_by THEN
        IF OLD.approved_by IS NOT NULL AND NOT digiamt_member('{ADMIN}') THEN
          RAISE EXCEPTION 'the decision is approved already (by %)', OLD.approved_by
            USING ERRCODE = '42501';
        END IF;
        IF NEW.approved_by IS NOT NULL AND digiamt_member('{REVIEWER}')
            AND NOT digiamt_member('{ADMIN}') THEN
          NEW.approved_by := current_user;
        END IF;
        IF NEW.approved_by = OLD."by" THEN
          RAISE EXCEPTION 'four eyes: % made this decision and cannot approve it', OLD."by"
            USING ERRCODE = '42501';
        END IF;
      END IF;
      RETURN NEW;
    END $$""",
    """CREATE OR REPLACE TRIGGER digiamt_four_eyes BEFORE UPDATE ON final_decision
        FOR EACH ROW EXECUTE FUNCTION digiamt_four_eyes()""",
)

DROP_GUARDS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS digiamt_four_eyes ON final_decision",
    "DROP TRIGGER IF EXISTS digiamt_guard_procedures ON procedure",
    "DROP TRIGGER IF EXISTS digiamt_guard_application ON application",
    *(f"DROP TRIGGER IF EXISTS digiamt_stamp_by ON {table}"
      for table in ("change_set", "status_event", "final_decision", "assignment", "checkout",
                    "import_run", "duplicate_dismissal")),
    "DROP FUNCTION IF EXISTS digiamt_four_eyes()",
    "DROP FUNCTION IF EXISTS digiamt_guard_procedures()",
    "DROP FUNCTION IF EXISTS digiamt_guard_application()",
    "DROP FUNCTION IF EXISTS digiamt_stamp_by()",
    "DROP FUNCTION IF EXISTS digiamt_plain_reviewer()",
    "DROP FUNCTION IF EXISTS digiamt_member(text)",
)

# Reviewers write these (the review itself); the history tables only take inserts.
_REVIEW_TABLES = ("application", "procedure", "procedure_check", "import_run",
                  "duplicate_dismissal", "setting", "checkout")
HISTORY_TABLES = ("change_set", "history_entry", "status_event", "final_decision", "assignment")


def roles_and_grants(database: str, owner: str) -> list[str]:
    """Statements that create the group roles (if missing) and grant them their rights."""
    statements = [
        f"""DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
            CREATE ROLE {role} NOLOGIN;
          END IF;
        END $$""" for role in (REVIEWER, APPROVER, ADMIN)
    ]
    statements += [
        f"GRANT {REVIEWER} TO {APPROVER}",
        f"GRANT {APPROVER} TO {ADMIN}",
        f'GRANT CONNECT ON DATABASE "{database}" TO {REVIEWER}',
        f"GRANT USAGE ON SCHEMA public TO {REVIEWER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {REVIEWER}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {REVIEWER}",
        f"GRANT INSERT, UPDATE ON {', '.join(_REVIEW_TABLES)} TO {REVIEWER}",
        f"GRANT DELETE ON procedure_check TO {REVIEWER}",  # a new check replaces the old
        # Insert-only: no UPDATE or DELETE on the history for anyone but the administrator.
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {', '.join(HISTORY_TABLES)} FROM {REVIEWER}",
        f"GRANT INSERT ON {', '.join(HISTORY_TABLES)} TO {REVIEWER}",
        f"GRANT UPDATE (approved_by, approved_at, approval_note) ON final_decision TO {APPROVER}",
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {ADMIN}",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {ADMIN}",
        f'GRANT {ADMIN} TO "{owner}"',
    ]
    return statements
