from ..types import OpenStrEnum


class TypedArgumentDtoType(OpenStrEnum):
    AVAILABILITY_LIST = "AVAILABILITY_LIST"
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    DECIMAL = "DECIMAL"
    ENUM = "ENUM"
    I18N_KEY = "I18N_KEY"
    I18N_KEY_LIST = "I18N_KEY_LIST"
    INTEGER = "INTEGER"
    LIMITABLE_CONFIG_PROPERTY = "LIMITABLE_CONFIG_PROPERTY"
    MONEY = "MONEY"
    MONTH_DAY = "MONTH_DAY"
    PERMISSION_LIST = "PERMISSION_LIST"
    STRING = "STRING"
    TERM = "TERM"
    TERM_LIST = "TERM_LIST"
    TIME = "TIME"
    TIMESTAMP = "TIMESTAMP"

    def __str__(self) -> str:
        return str(self.value)
