"""The one list of operations the contract suite deliberately does not call, each with its reason.

Every other operation of openapi.yaml must be exercised; test_every_operation_is_covered
fails when one is neither called nor listed here. The count is printed after the run.
"""

from __future__ import annotations

EXCLUDED: dict[str, str] = {
    "getCustomerAccessCode": (
        "spec error: the example of CustomerAccessCode.content is an unquoted YAML number "
        "(0049267681211943991) while the property is a string, so Prism's mocked 200 body violates "
        "the spec's own schema; reported upstream, not patched in the vendored copy"
    ),
}
