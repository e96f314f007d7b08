"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (PEP 562), not when the package is: there are
hundreds, and a program touches a few. ``from perfectgym_client.models import Customer``
and ``models.Customer`` work as before; type checkers read the imports below.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .access_medium_dto import AccessMediumDto
    from .access_medium_dto_type import AccessMediumDtoType
    from .access_restriction import AccessRestriction
    from .account_preview_item import AccountPreviewItem
    from .account_preview_item_charge_type import AccountPreviewItemChargeType
    from .additional_information_field import AdditionalInformationField
    from .additional_information_field_assignment import AdditionalInformationFieldAssignment
    from .additional_information_field_type import AdditionalInformationFieldType
    from .additional_information_list_item import AdditionalInformationListItem
    from .additional_module import AdditionalModule
    from .additional_module_contract import AdditionalModuleContract
    from .additional_module_contract_cancelation import AdditionalModuleContractCancelation
    from .additional_module_contract_extended import AdditionalModuleContractExtended
    from .additional_module_contract_extended_contract_cancelation_status import (
        AdditionalModuleContractExtendedContractCancelationStatus,
    )
    from .additional_module_contract_request import AdditionalModuleContractRequest
    from .additional_module_contract_trial_period import AdditionalModuleContractTrialPeriod
    from .additional_module_contract_validation_status import AdditionalModuleContractValidationStatus
    from .additional_module_contract_validation_status_validation_status import (
        AdditionalModuleContractValidationStatusValidationStatus,
    )
    from .additional_module_extension import AdditionalModuleExtension
    from .additional_module_extension_extension_type import AdditionalModuleExtensionExtensionType
    from .additional_module_month_day_to_price import AdditionalModuleMonthDayToPrice
    from .additional_module_month_day_to_price_month_day import AdditionalModuleMonthDayToPriceMonthDay
    from .additional_module_month_day_to_price_month_day_month import AdditionalModuleMonthDayToPriceMonthDayMonth
    from .additional_module_payment_frequency import AdditionalModulePaymentFrequency
    from .additional_module_payment_frequency_type import AdditionalModulePaymentFrequencyType
    from .additional_module_term_to_price import AdditionalModuleTermToPrice
    from .additional_module_trial_period_config import AdditionalModuleTrialPeriodConfig
    from .address_details import AddressDetails
    from .address_status import AddressStatus
    from .address_status_type import AddressStatusType
    from .age_range import AgeRange
    from .agency_collection_case_update import AgencyCollectionCaseUpdate
    from .appointment_booking_request import AppointmentBookingRequest
    from .appointment_booking_result import AppointmentBookingResult
    from .appointment_booking_result_appointment_status import AppointmentBookingResultAppointmentStatus
    from .appointment_booking_result_booking_status import AppointmentBookingResultBookingStatus
    from .appointment_booking_result_participant_status import AppointmentBookingResultParticipantStatus
    from .appointment_booking_result_with_customer_id import AppointmentBookingResultWithCustomerId
    from .appointment_booking_result_with_customer_id_appointment_status import (
        AppointmentBookingResultWithCustomerIdAppointmentStatus,
    )
    from .appointment_booking_result_with_customer_id_booking_status import (
        AppointmentBookingResultWithCustomerIdBookingStatus,
    )
    from .appointment_booking_result_with_customer_id_participant_status import (
        AppointmentBookingResultWithCustomerIdParticipantStatus,
    )
    from .appointment_booking_validation_result import AppointmentBookingValidationResult
    from .appointment_booking_validation_result_validation_status import (
        AppointmentBookingValidationResultValidationStatus,
    )
    from .attached_document import AttachedDocument
    from .availability import Availability
    from .availability_day_of_week import AvailabilityDayOfWeek
    from .bank_account import BankAccount
    from .basic_class import BasicClass
    from .benefit_validation_dto import BenefitValidationDto
    from .book_customer_payment_request import BookCustomerPaymentRequest
    from .book_customer_payment_response import BookCustomerPaymentResponse
    from .bookable_appointment import BookableAppointment
    from .bookable_appointment_sliced_result import BookableAppointmentSlicedResult
    from .bookable_appointment_slot import BookableAppointmentSlot
    from .bookable_trial_offer_appointment import BookableTrialOfferAppointment
    from .bookable_trial_offer_appointments_sliced_result import BookableTrialOfferAppointmentsSlicedResult
    from .booking_confirmation_result import BookingConfirmationResult
    from .booking_confirmation_result_status import BookingConfirmationResultStatus
    from .booking_entry import BookingEntry
    from .booking_entry_sliced_result import BookingEntrySlicedResult
    from .calculated_tax import CalculatedTax
    from .card_number_format import CardNumberFormat
    from .checkin_voucher_redeem import CheckinVoucherRedeem
    from .class_ import Class
    from .class_cancelation_condition import ClassCancelationCondition
    from .class_sliced_result import ClassSlicedResult
    from .class_slot import ClassSlot
    from .class_slot_booking_request import ClassSlotBookingRequest
    from .class_slot_booking_result import ClassSlotBookingResult
    from .class_slot_booking_result_booking_status import ClassSlotBookingResultBookingStatus
    from .class_slot_booking_result_class_slot_status import ClassSlotBookingResultClassSlotStatus
    from .class_slot_booking_result_participant_status import ClassSlotBookingResultParticipantStatus
    from .class_slot_booking_validation_result import ClassSlotBookingValidationResult
    from .class_slot_booking_validation_result_validation_status import ClassSlotBookingValidationResultValidationStatus
    from .class_slot_sliced_result import ClassSlotSlicedResult
    from .class_type import ClassType
    from .client_details import ClientDetails
    from .closure_option import ClosureOption
    from .closure_option_key import ClosureOptionKey
    from .closure_update import ClosureUpdate
    from .closure_update_rejection_reason import ClosureUpdateRejectionReason
    from .closure_update_type import ClosureUpdateType
    from .collection_case import CollectionCase
    from .communication_channel_wrapper import CommunicationChannelWrapper
    from .communication_channel_wrapper_communication_channel import CommunicationChannelWrapperCommunicationChannel
    from .communication_preference import CommunicationPreference
    from .communication_preference_message_category import CommunicationPreferenceMessageCategory
    from .communication_thread_request import CommunicationThreadRequest
    from .communication_thread_request_communication_channel import CommunicationThreadRequestCommunicationChannel
    from .communication_thread_request_communication_direction import CommunicationThreadRequestCommunicationDirection
    from .communication_thread_request_communication_thread_status import (
        CommunicationThreadRequestCommunicationThreadStatus,
    )
    from .communication_thread_response import CommunicationThreadResponse
    from .communication_thread_response_communication_channel import CommunicationThreadResponseCommunicationChannel
    from .communication_thread_response_communication_direction import CommunicationThreadResponseCommunicationDirection
    from .communication_thread_response_communication_thread_status import (
        CommunicationThreadResponseCommunicationThreadStatus,
    )
    from .contact_details import ContactDetails
    from .contact_details_type import ContactDetailsType
    from .contact_status import ContactStatus
    from .contact_status_type import ContactStatusType
    from .contract import Contract
    from .contract_cancelation_reason import ContractCancelationReason
    from .contract_details import ContractDetails
    from .contract_month_day_to_price import ContractMonthDayToPrice
    from .contract_month_day_to_price_month_day import ContractMonthDayToPriceMonthDay
    from .contract_month_day_to_price_month_day_month import ContractMonthDayToPriceMonthDayMonth
    from .contract_payment_frequency import ContractPaymentFrequency
    from .contract_payment_frequency_type import ContractPaymentFrequencyType
    from .contract_pre_use_type import ContractPreUseType
    from .contract_status import ContractStatus
    from .contract_term_to_price import ContractTermToPrice
    from .contract_volume import ContractVolume
    from .create_idle_period_amendment_body import CreateIdlePeriodAmendmentBody
    from .customer import Customer
    from .customer_access_code import CustomerAccessCode
    from .customer_access_code_format import CustomerAccessCodeFormat
    from .customer_account_balance import CustomerAccountBalance
    from .customer_address_data import CustomerAddressData
    from .customer_checkin import CustomerCheckin
    from .customer_checkin_sliced_result import CustomerCheckinSlicedResult
    from .customer_contact_data import CustomerContactData
    from .customer_document import CustomerDocument
    from .customer_document_upload_result import CustomerDocumentUploadResult
    from .customer_documents import CustomerDocuments
    from .customer_gender import CustomerGender
    from .customer_idle_period import CustomerIdlePeriod
    from .customer_image import CustomerImage
    from .customer_master_data import CustomerMasterData
    from .customer_master_data_customer_title import CustomerMasterDataCustomerTitle
    from .customer_master_data_gender import CustomerMasterDataGender
    from .customer_search_request import CustomerSearchRequest
    from .customer_sliced_result import CustomerSlicedResult
    from .customer_status import CustomerStatus
    from .customer_weighings import CustomerWeighings
    from .date_period import DatePeriod
    from .debt import Debt
    from .debt_collection_configuration import DebtCollectionConfiguration
    from .debt_collection_configuration_debt_collection_type import DebtCollectionConfigurationDebtCollectionType
    from .debt_collection_configuration_derecognize_remaining_debts_on_closure import (
        DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure,
    )
    from .debt_collection_configuration_derecognize_remaining_debts_on_rejection import (
        DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection,
    )
    from .debt_collection_update import DebtCollectionUpdate
    from .debt_latest_rejection_reason import DebtLatestRejectionReason
    from .debt_maturity_type import DebtMaturityType
    from .debt_type import DebtType
    from .debt_update import DebtUpdate
    from .debtor import Debtor
    from .debtor_id import DebtorId
    from .debtor_id_sliced_result import DebtorIdSlicedResult
    from .debtor_sliced_result import DebtorSlicedResult
    from .debtor_update import DebtorUpdate
    from .device import Device
    from .device_activation_response import DeviceActivationResponse
    from .device_model import DeviceModel
    from .document_identification import DocumentIdentification
    from .document_identification_document_type import DocumentIdentificationDocumentType
    from .employee import Employee
    from .employee_business_role import EmployeeBusinessRole
    from .employee_gender import EmployeeGender
    from .employee_sliced_result import EmployeeSlicedResult
    from .error_response import ErrorResponse
    from .error_response_args_item import ErrorResponseArgsItem
    from .external_url import ExternalUrl
    from .flat_fee_preview import FlatFeePreview
    from .flat_fee_preview_paid_time_period_calculation_type import FlatFeePreviewPaidTimePeriodCalculationType
    from .get_customers_customer_status import GetCustomersCustomerStatus
    from .idle_period import IdlePeriod
    from .idle_period_configuration import IdlePeriodConfiguration
    from .idle_period_configuration_idle_period_creation_status import IdlePeriodConfigurationIdlePeriodCreationStatus
    from .idle_period_configuration_reference_period import IdlePeriodConfigurationReferencePeriod
    from .idle_period_configuration_temporal_unit import IdlePeriodConfigurationTemporalUnit
    from .idle_period_create_request import IdlePeriodCreateRequest
    from .idle_period_create_request_temporal_unit import IdlePeriodCreateRequestTemporalUnit
    from .idle_period_fee import IdlePeriodFee
    from .idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig
    from .idle_period_fee_calculation_config_default_temporal_unit import (
        IdlePeriodFeeCalculationConfigDefaultTemporalUnit,
    )
    from .idle_period_fee_idle_period_fee_calculation_type import IdlePeriodFeeIdlePeriodFeeCalculationType
    from .idle_period_lists import IdlePeriodLists
    from .idle_period_reason import IdlePeriodReason
    from .idle_period_state import IdlePeriodState
    from .idle_period_update_preview import IdlePeriodUpdatePreview
    from .idle_period_update_preview_validation_status import IdlePeriodUpdatePreviewValidationStatus
    from .idle_period_update_request import IdlePeriodUpdateRequest
    from .idle_period_update_request_temporal_unit import IdlePeriodUpdateRequestTemporalUnit
    from .idle_period_validation_request import IdlePeriodValidationRequest
    from .idle_period_validation_request_temporal_unit import IdlePeriodValidationRequestTemporalUnit
    from .idle_period_validation_status_result import IdlePeriodValidationStatusResult
    from .idle_period_validation_status_result_validation_status import IdlePeriodValidationStatusResultValidationStatus
    from .instructor import Instructor
    from .language import Language
    from .lead_additional_field_configuration import LeadAdditionalFieldConfiguration
    from .lead_additional_field_configuration_mode import LeadAdditionalFieldConfigurationMode
    from .lead_additional_field_configuration_type import LeadAdditionalFieldConfigurationType
    from .lead_additional_information import LeadAdditionalInformation
    from .lead_config import LeadConfig
    from .lead_config_address_mode import LeadConfigAddressMode
    from .lead_config_date_of_birth_mode import LeadConfigDateOfBirthMode
    from .lead_config_gender_mode import LeadConfigGenderMode
    from .lead_config_telephone_mode import LeadConfigTelephoneMode
    from .lead_creation_request import LeadCreationRequest
    from .lead_creation_response import LeadCreationResponse
    from .lead_creation_validation_result import LeadCreationValidationResult
    from .lead_creation_validation_result_status import LeadCreationValidationResultStatus
    from .lead_customer_address import LeadCustomerAddress
    from .lead_customer_address_data import LeadCustomerAddressData
    from .lead_customer_data import LeadCustomerData
    from .lead_customer_data_gender import LeadCustomerDataGender
    from .lead_data import LeadData
    from .lead_data_gender import LeadDataGender
    from .liable_person_details import LiablePersonDetails
    from .location import Location
    from .measurement import Measurement
    from .measurement_gender import MeasurementGender
    from .membership_offer import MembershipOffer
    from .membership_offer_extended import MembershipOfferExtended
    from .membership_offer_extended_allowed_payment_choices_item import MembershipOfferExtendedAllowedPaymentChoicesItem
    from .membership_offer_flat_fee import MembershipOfferFlatFee
    from .membership_offer_included_module import MembershipOfferIncludedModule
    from .membership_offer_module import MembershipOfferModule
    from .membership_offer_module_age_based_adjustment import MembershipOfferModuleAgeBasedAdjustment
    from .membership_offer_module_age_based_adjustment_type import MembershipOfferModuleAgeBasedAdjustmentType
    from .membership_offer_module_term import MembershipOfferModuleTerm
    from .membership_offer_module_term_extension_type import MembershipOfferModuleTermExtensionType
    from .membership_offer_month_day_to_price import MembershipOfferMonthDayToPrice
    from .membership_offer_month_day_to_price_month_day import MembershipOfferMonthDayToPriceMonthDay
    from .membership_offer_month_day_to_price_month_day_month import MembershipOfferMonthDayToPriceMonthDayMonth
    from .membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from .membership_offer_payment_frequency_type import MembershipOfferPaymentFrequencyType
    from .membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod
    from .membership_offer_rate_bonus_period_runtime_extension_type import (
        MembershipOfferRateBonusPeriodRuntimeExtensionType,
    )
    from .membership_offer_rate_bonus_period_term_strategy import MembershipOfferRateBonusPeriodTermStrategy
    from .membership_offer_subsequent_rate import MembershipOfferSubsequentRate
    from .membership_offer_term import MembershipOfferTerm
    from .membership_offer_term_adjustment_rule import MembershipOfferTermAdjustmentRule
    from .membership_offer_term_adjustment_rule_charge_adjustment_type import (
        MembershipOfferTermAdjustmentRuleChargeAdjustmentType,
    )
    from .membership_offer_term_adjustment_rule_type import MembershipOfferTermAdjustmentRuleType
    from .membership_offer_term_extended import MembershipOfferTermExtended
    from .membership_offer_term_extended_cancelation_strategy import MembershipOfferTermExtendedCancelationStrategy
    from .membership_offer_term_extended_extension_type import MembershipOfferTermExtendedExtensionType
    from .membership_offer_term_to_price import MembershipOfferTermToPrice
    from .membership_offer_text_block import MembershipOfferTextBlock
    from .membership_offer_text_block_attachment_type import MembershipOfferTextBlockAttachmentType
    from .membership_offer_trial_period import MembershipOfferTrialPeriod
    from .membership_self_service_contract_data import MembershipSelfServiceContractData
    from .membership_self_service_contract_data_cancelation_origin import (
        MembershipSelfServiceContractDataCancelationOrigin,
    )
    from .membership_self_service_contract_data_cancelation_status import (
        MembershipSelfServiceContractDataCancelationStatus,
    )
    from .membership_self_service_main_contract_cancelation import MembershipSelfServiceMainContractCancelation
    from .membership_signup_contract import MembershipSignupContract
    from .membership_signup_customer import MembershipSignupCustomer
    from .membership_signup_customer_gender import MembershipSignupCustomerGender
    from .membership_signup_request import MembershipSignupRequest
    from .membership_signup_result import MembershipSignupResult
    from .membership_switch import MembershipSwitch
    from .membership_switch_config import MembershipSwitchConfig
    from .membership_switch_config_presentation_dto import MembershipSwitchConfigPresentationDto
    from .membership_switch_config_source_contract_dto import MembershipSwitchConfigSourceContractDto
    from .membership_switch_preview import MembershipSwitchPreview
    from .module_contract_preview import ModuleContractPreview
    from .module_contract_preview_paid_time_period_calculation_type import (
        ModuleContractPreviewPaidTimePeriodCalculationType,
    )
    from .money import Money
    from .online_offer import OnlineOffer
    from .online_offer_purchase_request import OnlineOfferPurchaseRequest
    from .online_offer_sliced_result import OnlineOfferSlicedResult
    from .open_api_v1_block import OpenApiV1Block
    from .open_api_v1_block_dto import OpenApiV1BlockDto
    from .open_api_v1_block_dto_limit_type import OpenApiV1BlockDtoLimitType
    from .open_api_v1_block_limit_type import OpenApiV1BlockLimitType
    from .open_api_v1_checkin_voucher_redeem_result_dto import OpenApiV1CheckinVoucherRedeemResultDto
    from .open_api_v1_customer_create_result import OpenApiV1CustomerCreateResult
    from .open_api_v1_customer_data_dto_customer_address_data import OpenApiV1CustomerDataDtoCustomerAddressData
    from .open_api_v1_customer_data_dto_customer_address_data_amendment_configuration_status import (
        OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus,
    )
    from .open_api_v1_customer_data_dto_customer_contact_data import OpenApiV1CustomerDataDtoCustomerContactData
    from .open_api_v1_customer_data_dto_customer_contact_data_amendment_configuration_status import (
        OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus,
    )
    from .open_api_v1_customer_data_dto_customer_master_data import OpenApiV1CustomerDataDtoCustomerMasterData
    from .open_api_v1_customer_data_dto_customer_master_data_amendment_configuration_status import (
        OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus,
    )
    from .open_api_v1_customer_data_dto_customer_master_data_customer_title import (
        OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle,
    )
    from .open_api_v1_customer_data_dto_customer_master_data_gender import (
        OpenApiV1CustomerDataDtoCustomerMasterDataGender,
    )
    from .open_api_v1_customer_data_dto_customer_payment_data import OpenApiV1CustomerDataDtoCustomerPaymentData
    from .open_api_v1_customer_data_dto_customer_payment_data_amendment_configuration_status import (
        OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus,
    )
    from .open_api_v1_customer_data_pending_amendment_dto_customer_address_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData,
    )
    from .open_api_v1_customer_data_pending_amendment_dto_customer_contact_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData,
    )
    from .open_api_v1_customer_data_pending_amendment_dto_customer_master_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData,
    )
    from .open_api_v1_customer_data_pending_amendment_dto_customer_master_data_customer_title import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterDataCustomerTitle,
    )
    from .open_api_v1_customer_data_pending_amendment_dto_customer_master_data_gender import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterDataGender,
    )
    from .open_api_v1_customer_data_pending_amendment_dto_customer_payment_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData,
    )
    from .open_api_v1_customer_payment_amendment import OpenApiV1CustomerPaymentAmendment
    from .open_api_v1_customer_studio_switch_request_dto import OpenApiV1CustomerStudioSwitchRequestDto
    from .open_api_v1_membership_switch_config_extended import OpenApiV1MembershipSwitchConfigExtended
    from .open_api_v1_signup_preview_dto import OpenApiV1SignupPreviewDto
    from .open_api_v1_signup_preview_dto_company_fee_split_type import OpenApiV1SignupPreviewDtoCompanyFeeSplitType
    from .open_api_v1_signup_preview_dto_discount_type import OpenApiV1SignupPreviewDtoDiscountType
    from .open_api_v1_signup_preview_dto_voucher_effective_period import OpenApiV1SignupPreviewDtoVoucherEffectivePeriod
    from .open_api_v1_signup_preview_dto_voucher_error_code import OpenApiV1SignupPreviewDtoVoucherErrorCode
    from .open_api_v1_signup_preview_dto_voucher_type import OpenApiV1SignupPreviewDtoVoucherType
    from .opening_hours_category import OpeningHoursCategory
    from .payment_details import PaymentDetails
    from .payments_update_customer_payment_instrument_request import PaymentsUpdateCustomerPaymentInstrumentRequest
    from .payments_user_session_request import PaymentsUserSessionRequest
    from .payments_user_session_request_permitted_payment_choices_item import (
        PaymentsUserSessionRequestPermittedPaymentChoicesItem,
    )
    from .payments_user_session_request_scope import PaymentsUserSessionRequestScope
    from .payments_user_session_response import PaymentsUserSessionResponse
    from .price import Price
    from .price_details import PriceDetails
    from .rate_code import RateCode
    from .recurrence import Recurrence
    from .recurrence_period import RecurrencePeriod
    from .remaining_idle_periods import RemainingIdlePeriods
    from .signature import Signature
    from .signup_payment_preview import SignupPaymentPreview
    from .signup_payment_schedule_entry import SignupPaymentScheduleEntry
    from .signup_payment_schedule_entry_type import SignupPaymentScheduleEntryType
    from .simple_contract import SimpleContract
    from .studio_access_code_configuration import StudioAccessCodeConfiguration
    from .studio_closing_hours import StudioClosingHours
    from .studio_information import StudioInformation
    from .studio_information_base import StudioInformationBase
    from .studio_location import StudioLocation
    from .studio_opening_hours import StudioOpeningHours
    from .studio_opening_hours_category import StudioOpeningHoursCategory
    from .studio_opening_hours_day_of_week_from import StudioOpeningHoursDayOfWeekFrom
    from .studio_opening_hours_day_of_week_to import StudioOpeningHoursDayOfWeekTo
    from .studio_utilization import StudioUtilization
    from .sub_contract import SubContract
    from .sub_contract_payment_frequency import SubContractPaymentFrequency
    from .tag import Tag
    from .tax_advisor_create_export import TaxAdvisorCreateExport
    from .tax_advisor_create_export_export_file_format import TaxAdvisorCreateExportExportFileFormat
    from .tax_advisor_create_export_export_format import TaxAdvisorCreateExportExportFormat
    from .tax_advisor_create_export_export_locale import TaxAdvisorCreateExportExportLocale
    from .tax_advisor_export_download import TaxAdvisorExportDownload
    from .tax_advisor_export_download_export_file_format import TaxAdvisorExportDownloadExportFileFormat
    from .tax_advisor_export_download_export_format import TaxAdvisorExportDownloadExportFormat
    from .tax_advisor_export_download_export_locale import TaxAdvisorExportDownloadExportLocale
    from .tax_advisor_export_result import TaxAdvisorExportResult
    from .term import Term
    from .term_information import TermInformation
    from .term_unit import TermUnit
    from .term_with_minutes import TermWithMinutes
    from .term_with_minutes_unit import TermWithMinutesUnit
    from .text_block_signature import TextBlockSignature
    from .time_period import TimePeriod
    from .time_period_period_unit import TimePeriodPeriodUnit
    from .time_restrictions import TimeRestrictions
    from .transfer_details import TransferDetails
    from .transfer_details_debt_collection_type import TransferDetailsDebtCollectionType
    from .transfer_details_origin import TransferDetailsOrigin
    from .transfer_details_status import TransferDetailsStatus
    from .trial_offer_class import TrialOfferClass
    from .trial_offer_classes_sliced_result import TrialOfferClassesSlicedResult
    from .trial_offer_config import TrialOfferConfig
    from .trial_offer_lead_customer_creation_request import TrialOfferLeadCustomerCreationRequest
    from .trial_offer_lead_customer_creation_result import TrialOfferLeadCustomerCreationResult
    from .trial_offer_lead_customer_creation_validation_result import TrialOfferLeadCustomerCreationValidationResult
    from .trial_offer_lead_customer_creation_validation_result_validation_status import (
        TrialOfferLeadCustomerCreationValidationResultValidationStatus,
    )
    from .trial_offer_lead_data_config import TrialOfferLeadDataConfig
    from .trial_offer_lead_data_config_address_mode import TrialOfferLeadDataConfigAddressMode
    from .trial_offer_lead_data_config_date_of_birth_mode import TrialOfferLeadDataConfigDateOfBirthMode
    from .trial_offer_lead_data_config_gender_mode import TrialOfferLeadDataConfigGenderMode
    from .trial_offer_lead_data_config_telephone_mode import TrialOfferLeadDataConfigTelephoneMode
    from .typed_argument_dto import TypedArgumentDto
    from .typed_argument_dto_type import TypedArgumentDtoType
    from .typed_argument_dto_value import TypedArgumentDtoValue
    from .update_access_identification_request import UpdateAccessIdentificationRequest
    from .update_customer_payment_instrument_response_dto import UpdateCustomerPaymentInstrumentResponseDto
    from .update_idle_period_body import UpdateIdlePeriodBody
    from .update_image_body import UpdateImageBody
    from .upload_document_body import UploadDocumentBody
    from .void_result import VoidResult
    from .voucher_discount_period import VoucherDiscountPeriod
    from .voucher_discount_period_discount_type import VoucherDiscountPeriodDiscountType
    from .voucher_discount_period_effective_period import VoucherDiscountPeriodEffectivePeriod

_MODULE_OF: dict[str, str] = {
    "AccessMediumDto": ".access_medium_dto",
    "AccessMediumDtoType": ".access_medium_dto_type",
    "AccessRestriction": ".access_restriction",
    "AccountPreviewItem": ".account_preview_item",
    "AccountPreviewItemChargeType": ".account_preview_item_charge_type",
    "AdditionalInformationField": ".additional_information_field",
    "AdditionalInformationFieldAssignment": ".additional_information_field_assignment",
    "AdditionalInformationFieldType": ".additional_information_field_type",
    "AdditionalInformationListItem": ".additional_information_list_item",
    "AdditionalModule": ".additional_module",
    "AdditionalModuleContract": ".additional_module_contract",
    "AdditionalModuleContractCancelation": ".additional_module_contract_cancelation",
    "AdditionalModuleContractExtended": ".additional_module_contract_extended",
    "AdditionalModuleContractExtendedContractCancelationStatus": ".additional_module_contract_extended_contract_cancelation_status",
    "AdditionalModuleContractRequest": ".additional_module_contract_request",
    "AdditionalModuleContractTrialPeriod": ".additional_module_contract_trial_period",
    "AdditionalModuleContractValidationStatus": ".additional_module_contract_validation_status",
    "AdditionalModuleContractValidationStatusValidationStatus": ".additional_module_contract_validation_status_validation_status",
    "AdditionalModuleExtension": ".additional_module_extension",
    "AdditionalModuleExtensionExtensionType": ".additional_module_extension_extension_type",
    "AdditionalModuleMonthDayToPrice": ".additional_module_month_day_to_price",
    "AdditionalModuleMonthDayToPriceMonthDay": ".additional_module_month_day_to_price_month_day",
    "AdditionalModuleMonthDayToPriceMonthDayMonth": ".additional_module_month_day_to_price_month_day_month",
    "AdditionalModulePaymentFrequency": ".additional_module_payment_frequency",
    "AdditionalModulePaymentFrequencyType": ".additional_module_payment_frequency_type",
    "AdditionalModuleTermToPrice": ".additional_module_term_to_price",
    "AdditionalModuleTrialPeriodConfig": ".additional_module_trial_period_config",
    "AddressDetails": ".address_details",
    "AddressStatus": ".address_status",
    "AddressStatusType": ".address_status_type",
    "AgeRange": ".age_range",
    "AgencyCollectionCaseUpdate": ".agency_collection_case_update",
    "AppointmentBookingRequest": ".appointment_booking_request",
    "AppointmentBookingResult": ".appointment_booking_result",
    "AppointmentBookingResultAppointmentStatus": ".appointment_booking_result_appointment_status",
    "AppointmentBookingResultBookingStatus": ".appointment_booking_result_booking_status",
    "AppointmentBookingResultParticipantStatus": ".appointment_booking_result_participant_status",
    "AppointmentBookingResultWithCustomerId": ".appointment_booking_result_with_customer_id",
    "AppointmentBookingResultWithCustomerIdAppointmentStatus": ".appointment_booking_result_with_customer_id_appointment_status",
    "AppointmentBookingResultWithCustomerIdBookingStatus": ".appointment_booking_result_with_customer_id_booking_status",
    "AppointmentBookingResultWithCustomerIdParticipantStatus": ".appointment_booking_result_with_customer_id_participant_status",
    "AppointmentBookingValidationResult": ".appointment_booking_validation_result",
    "AppointmentBookingValidationResultValidationStatus": ".appointment_booking_validation_result_validation_status",
    "AttachedDocument": ".attached_document",
    "Availability": ".availability",
    "AvailabilityDayOfWeek": ".availability_day_of_week",
    "BankAccount": ".bank_account",
    "BasicClass": ".basic_class",
    "BenefitValidationDto": ".benefit_validation_dto",
    "BookCustomerPaymentRequest": ".book_customer_payment_request",
    "BookCustomerPaymentResponse": ".book_customer_payment_response",
    "BookableAppointment": ".bookable_appointment",
    "BookableAppointmentSlicedResult": ".bookable_appointment_sliced_result",
    "BookableAppointmentSlot": ".bookable_appointment_slot",
    "BookableTrialOfferAppointment": ".bookable_trial_offer_appointment",
    "BookableTrialOfferAppointmentsSlicedResult": ".bookable_trial_offer_appointments_sliced_result",
    "BookingConfirmationResult": ".booking_confirmation_result",
    "BookingConfirmationResultStatus": ".booking_confirmation_result_status",
    "BookingEntry": ".booking_entry",
    "BookingEntrySlicedResult": ".booking_entry_sliced_result",
    "CalculatedTax": ".calculated_tax",
    "CardNumberFormat": ".card_number_format",
    "CheckinVoucherRedeem": ".checkin_voucher_redeem",
    "Class": ".class_",
    "ClassCancelationCondition": ".class_cancelation_condition",
    "ClassSlicedResult": ".class_sliced_result",
    "ClassSlot": ".class_slot",
    "ClassSlotBookingRequest": ".class_slot_booking_request",
    "ClassSlotBookingResult": ".class_slot_booking_result",
    "ClassSlotBookingResultBookingStatus": ".class_slot_booking_result_booking_status",
    "ClassSlotBookingResultClassSlotStatus": ".class_slot_booking_result_class_slot_status",
    "ClassSlotBookingResultParticipantStatus": ".class_slot_booking_result_participant_status",
    "ClassSlotBookingValidationResult": ".class_slot_booking_validation_result",
    "ClassSlotBookingValidationResultValidationStatus": ".class_slot_booking_validation_result_validation_status",
    "ClassSlotSlicedResult": ".class_slot_sliced_result",
    "ClassType": ".class_type",
    "ClientDetails": ".client_details",
    "ClosureOption": ".closure_option",
    "ClosureOptionKey": ".closure_option_key",
    "ClosureUpdate": ".closure_update",
    "ClosureUpdateRejectionReason": ".closure_update_rejection_reason",
    "ClosureUpdateType": ".closure_update_type",
    "CollectionCase": ".collection_case",
    "CommunicationChannelWrapper": ".communication_channel_wrapper",
    "CommunicationChannelWrapperCommunicationChannel": ".communication_channel_wrapper_communication_channel",
    "CommunicationPreference": ".communication_preference",
    "CommunicationPreferenceMessageCategory": ".communication_preference_message_category",
    "CommunicationThreadRequest": ".communication_thread_request",
    "CommunicationThreadRequestCommunicationChannel": ".communication_thread_request_communication_channel",
    "CommunicationThreadRequestCommunicationDirection": ".communication_thread_request_communication_direction",
    "CommunicationThreadRequestCommunicationThreadStatus": ".communication_thread_request_communication_thread_status",
    "CommunicationThreadResponse": ".communication_thread_response",
    "CommunicationThreadResponseCommunicationChannel": ".communication_thread_response_communication_channel",
    "CommunicationThreadResponseCommunicationDirection": ".communication_thread_response_communication_direction",
    "CommunicationThreadResponseCommunicationThreadStatus": ".communication_thread_response_communication_thread_status",
    "ContactDetails": ".contact_details",
    "ContactDetailsType": ".contact_details_type",
    "ContactStatus": ".contact_status",
    "ContactStatusType": ".contact_status_type",
    "Contract": ".contract",
    "ContractCancelationReason": ".contract_cancelation_reason",
    "ContractDetails": ".contract_details",
    "ContractMonthDayToPrice": ".contract_month_day_to_price",
    "ContractMonthDayToPriceMonthDay": ".contract_month_day_to_price_month_day",
    "ContractMonthDayToPriceMonthDayMonth": ".contract_month_day_to_price_month_day_month",
    "ContractPaymentFrequency": ".contract_payment_frequency",
    "ContractPaymentFrequencyType": ".contract_payment_frequency_type",
    "ContractPreUseType": ".contract_pre_use_type",
    "ContractStatus": ".contract_status",
    "ContractTermToPrice": ".contract_term_to_price",
    "ContractVolume": ".contract_volume",
    "CreateIdlePeriodAmendmentBody": ".create_idle_period_amendment_body",
    "Customer": ".customer",
    "CustomerAccessCode": ".customer_access_code",
    "CustomerAccessCodeFormat": ".customer_access_code_format",
    "CustomerAccountBalance": ".customer_account_balance",
    "CustomerAddressData": ".customer_address_data",
    "CustomerCheckin": ".customer_checkin",
    "CustomerCheckinSlicedResult": ".customer_checkin_sliced_result",
    "CustomerContactData": ".customer_contact_data",
    "CustomerDocument": ".customer_document",
    "CustomerDocumentUploadResult": ".customer_document_upload_result",
    "CustomerDocuments": ".customer_documents",
    "CustomerGender": ".customer_gender",
    "CustomerIdlePeriod": ".customer_idle_period",
    "CustomerImage": ".customer_image",
    "CustomerMasterData": ".customer_master_data",
    "CustomerMasterDataCustomerTitle": ".customer_master_data_customer_title",
    "CustomerMasterDataGender": ".customer_master_data_gender",
    "CustomerSearchRequest": ".customer_search_request",
    "CustomerSlicedResult": ".customer_sliced_result",
    "CustomerStatus": ".customer_status",
    "CustomerWeighings": ".customer_weighings",
    "DatePeriod": ".date_period",
    "Debt": ".debt",
    "DebtCollectionConfiguration": ".debt_collection_configuration",
    "DebtCollectionConfigurationDebtCollectionType": ".debt_collection_configuration_debt_collection_type",
    "DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure": ".debt_collection_configuration_derecognize_remaining_debts_on_closure",
    "DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection": ".debt_collection_configuration_derecognize_remaining_debts_on_rejection",
    "DebtCollectionUpdate": ".debt_collection_update",
    "DebtLatestRejectionReason": ".debt_latest_rejection_reason",
    "DebtMaturityType": ".debt_maturity_type",
    "DebtType": ".debt_type",
    "DebtUpdate": ".debt_update",
    "Debtor": ".debtor",
    "DebtorId": ".debtor_id",
    "DebtorIdSlicedResult": ".debtor_id_sliced_result",
    "DebtorSlicedResult": ".debtor_sliced_result",
    "DebtorUpdate": ".debtor_update",
    "Device": ".device",
    "DeviceActivationResponse": ".device_activation_response",
    "DeviceModel": ".device_model",
    "DocumentIdentification": ".document_identification",
    "DocumentIdentificationDocumentType": ".document_identification_document_type",
    "Employee": ".employee",
    "EmployeeBusinessRole": ".employee_business_role",
    "EmployeeGender": ".employee_gender",
    "EmployeeSlicedResult": ".employee_sliced_result",
    "ErrorResponse": ".error_response",
    "ErrorResponseArgsItem": ".error_response_args_item",
    "ExternalUrl": ".external_url",
    "FlatFeePreview": ".flat_fee_preview",
    "FlatFeePreviewPaidTimePeriodCalculationType": ".flat_fee_preview_paid_time_period_calculation_type",
    "GetCustomersCustomerStatus": ".get_customers_customer_status",
    "IdlePeriod": ".idle_period",
    "IdlePeriodConfiguration": ".idle_period_configuration",
    "IdlePeriodConfigurationIdlePeriodCreationStatus": ".idle_period_configuration_idle_period_creation_status",
    "IdlePeriodConfigurationReferencePeriod": ".idle_period_configuration_reference_period",
    "IdlePeriodConfigurationTemporalUnit": ".idle_period_configuration_temporal_unit",
    "IdlePeriodCreateRequest": ".idle_period_create_request",
    "IdlePeriodCreateRequestTemporalUnit": ".idle_period_create_request_temporal_unit",
    "IdlePeriodFee": ".idle_period_fee",
    "IdlePeriodFeeCalculationConfig": ".idle_period_fee_calculation_config",
    "IdlePeriodFeeCalculationConfigDefaultTemporalUnit": ".idle_period_fee_calculation_config_default_temporal_unit",
    "IdlePeriodFeeIdlePeriodFeeCalculationType": ".idle_period_fee_idle_period_fee_calculation_type",
    "IdlePeriodLists": ".idle_period_lists",
    "IdlePeriodReason": ".idle_period_reason",
    "IdlePeriodState": ".idle_period_state",
    "IdlePeriodUpdatePreview": ".idle_period_update_preview",
    "IdlePeriodUpdatePreviewValidationStatus": ".idle_period_update_preview_validation_status",
    "IdlePeriodUpdateRequest": ".idle_period_update_request",
    "IdlePeriodUpdateRequestTemporalUnit": ".idle_period_update_request_temporal_unit",
    "IdlePeriodValidationRequest": ".idle_period_validation_request",
    "IdlePeriodValidationRequestTemporalUnit": ".idle_period_validation_request_temporal_unit",
    "IdlePeriodValidationStatusResult": ".idle_period_validation_status_result",
    "IdlePeriodValidationStatusResultValidationStatus": ".idle_period_validation_status_result_validation_status",
    "Instructor": ".instructor",
    "Language": ".language",
    "LeadAdditionalFieldConfiguration": ".lead_additional_field_configuration",
    "LeadAdditionalFieldConfigurationMode": ".lead_additional_field_configuration_mode",
    "LeadAdditionalFieldConfigurationType": ".lead_additional_field_configuration_type",
    "LeadAdditionalInformation": ".lead_additional_information",
    "LeadConfig": ".lead_config",
    "LeadConfigAddressMode": ".lead_config_address_mode",
    "LeadConfigDateOfBirthMode": ".lead_config_date_of_birth_mode",
    "LeadConfigGenderMode": ".lead_config_gender_mode",
    "LeadConfigTelephoneMode": ".lead_config_telephone_mode",
    "LeadCreationRequest": ".lead_creation_request",
    "LeadCreationResponse": ".lead_creation_response",
    "LeadCreationValidationResult": ".lead_creation_validation_result",
    "LeadCreationValidationResultStatus": ".lead_creation_validation_result_status",
    "LeadCustomerAddress": ".lead_customer_address",
    "LeadCustomerAddressData": ".lead_customer_address_data",
    "LeadCustomerData": ".lead_customer_data",
    "LeadCustomerDataGender": ".lead_customer_data_gender",
    "LeadData": ".lead_data",
    "LeadDataGender": ".lead_data_gender",
    "LiablePersonDetails": ".liable_person_details",
    "Location": ".location",
    "Measurement": ".measurement",
    "MeasurementGender": ".measurement_gender",
    "MembershipOffer": ".membership_offer",
    "MembershipOfferExtended": ".membership_offer_extended",
    "MembershipOfferExtendedAllowedPaymentChoicesItem": ".membership_offer_extended_allowed_payment_choices_item",
    "MembershipOfferFlatFee": ".membership_offer_flat_fee",
    "MembershipOfferIncludedModule": ".membership_offer_included_module",
    "MembershipOfferModule": ".membership_offer_module",
    "MembershipOfferModuleAgeBasedAdjustment": ".membership_offer_module_age_based_adjustment",
    "MembershipOfferModuleAgeBasedAdjustmentType": ".membership_offer_module_age_based_adjustment_type",
    "MembershipOfferModuleTerm": ".membership_offer_module_term",
    "MembershipOfferModuleTermExtensionType": ".membership_offer_module_term_extension_type",
    "MembershipOfferMonthDayToPrice": ".membership_offer_month_day_to_price",
    "MembershipOfferMonthDayToPriceMonthDay": ".membership_offer_month_day_to_price_month_day",
    "MembershipOfferMonthDayToPriceMonthDayMonth": ".membership_offer_month_day_to_price_month_day_month",
    "MembershipOfferPaymentFrequency": ".membership_offer_payment_frequency",
    "MembershipOfferPaymentFrequencyType": ".membership_offer_payment_frequency_type",
    "MembershipOfferRateBonusPeriod": ".membership_offer_rate_bonus_period",
    "MembershipOfferRateBonusPeriodRuntimeExtensionType": ".membership_offer_rate_bonus_period_runtime_extension_type",
    "MembershipOfferRateBonusPeriodTermStrategy": ".membership_offer_rate_bonus_period_term_strategy",
    "MembershipOfferSubsequentRate": ".membership_offer_subsequent_rate",
    "MembershipOfferTerm": ".membership_offer_term",
    "MembershipOfferTermAdjustmentRule": ".membership_offer_term_adjustment_rule",
    "MembershipOfferTermAdjustmentRuleChargeAdjustmentType": ".membership_offer_term_adjustment_rule_charge_adjustment_type",
    "MembershipOfferTermAdjustmentRuleType": ".membership_offer_term_adjustment_rule_type",
    "MembershipOfferTermExtended": ".membership_offer_term_extended",
    "MembershipOfferTermExtendedCancelationStrategy": ".membership_offer_term_extended_cancelation_strategy",
    "MembershipOfferTermExtendedExtensionType": ".membership_offer_term_extended_extension_type",
    "MembershipOfferTermToPrice": ".membership_offer_term_to_price",
    "MembershipOfferTextBlock": ".membership_offer_text_block",
    "MembershipOfferTextBlockAttachmentType": ".membership_offer_text_block_attachment_type",
    "MembershipOfferTrialPeriod": ".membership_offer_trial_period",
    "MembershipSelfServiceContractData": ".membership_self_service_contract_data",
    "MembershipSelfServiceContractDataCancelationOrigin": ".membership_self_service_contract_data_cancelation_origin",
    "MembershipSelfServiceContractDataCancelationStatus": ".membership_self_service_contract_data_cancelation_status",
    "MembershipSelfServiceMainContractCancelation": ".membership_self_service_main_contract_cancelation",
    "MembershipSignupContract": ".membership_signup_contract",
    "MembershipSignupCustomer": ".membership_signup_customer",
    "MembershipSignupCustomerGender": ".membership_signup_customer_gender",
    "MembershipSignupRequest": ".membership_signup_request",
    "MembershipSignupResult": ".membership_signup_result",
    "MembershipSwitch": ".membership_switch",
    "MembershipSwitchConfig": ".membership_switch_config",
    "MembershipSwitchConfigPresentationDto": ".membership_switch_config_presentation_dto",
    "MembershipSwitchConfigSourceContractDto": ".membership_switch_config_source_contract_dto",
    "MembershipSwitchPreview": ".membership_switch_preview",
    "ModuleContractPreview": ".module_contract_preview",
    "ModuleContractPreviewPaidTimePeriodCalculationType": ".module_contract_preview_paid_time_period_calculation_type",
    "Money": ".money",
    "OnlineOffer": ".online_offer",
    "OnlineOfferPurchaseRequest": ".online_offer_purchase_request",
    "OnlineOfferSlicedResult": ".online_offer_sliced_result",
    "OpenApiV1Block": ".open_api_v1_block",
    "OpenApiV1BlockDto": ".open_api_v1_block_dto",
    "OpenApiV1BlockDtoLimitType": ".open_api_v1_block_dto_limit_type",
    "OpenApiV1BlockLimitType": ".open_api_v1_block_limit_type",
    "OpenApiV1CheckinVoucherRedeemResultDto": ".open_api_v1_checkin_voucher_redeem_result_dto",
    "OpenApiV1CustomerCreateResult": ".open_api_v1_customer_create_result",
    "OpenApiV1CustomerDataDtoCustomerAddressData": ".open_api_v1_customer_data_dto_customer_address_data",
    "OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus": ".open_api_v1_customer_data_dto_customer_address_data_amendment_configuration_status",
    "OpenApiV1CustomerDataDtoCustomerContactData": ".open_api_v1_customer_data_dto_customer_contact_data",
    "OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus": ".open_api_v1_customer_data_dto_customer_contact_data_amendment_configuration_status",
    "OpenApiV1CustomerDataDtoCustomerMasterData": ".open_api_v1_customer_data_dto_customer_master_data",
    "OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus": ".open_api_v1_customer_data_dto_customer_master_data_amendment_configuration_status",
    "OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle": ".open_api_v1_customer_data_dto_customer_master_data_customer_title",
    "OpenApiV1CustomerDataDtoCustomerMasterDataGender": ".open_api_v1_customer_data_dto_customer_master_data_gender",
    "OpenApiV1CustomerDataDtoCustomerPaymentData": ".open_api_v1_customer_data_dto_customer_payment_data",
    "OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus": ".open_api_v1_customer_data_dto_customer_payment_data_amendment_configuration_status",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData": ".open_api_v1_customer_data_pending_amendment_dto_customer_address_data",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData": ".open_api_v1_customer_data_pending_amendment_dto_customer_contact_data",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData": ".open_api_v1_customer_data_pending_amendment_dto_customer_master_data",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterDataCustomerTitle": ".open_api_v1_customer_data_pending_amendment_dto_customer_master_data_customer_title",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterDataGender": ".open_api_v1_customer_data_pending_amendment_dto_customer_master_data_gender",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData": ".open_api_v1_customer_data_pending_amendment_dto_customer_payment_data",
    "OpenApiV1CustomerPaymentAmendment": ".open_api_v1_customer_payment_amendment",
    "OpenApiV1CustomerStudioSwitchRequestDto": ".open_api_v1_customer_studio_switch_request_dto",
    "OpenApiV1MembershipSwitchConfigExtended": ".open_api_v1_membership_switch_config_extended",
    "OpenApiV1SignupPreviewDto": ".open_api_v1_signup_preview_dto",
    "OpenApiV1SignupPreviewDtoCompanyFeeSplitType": ".open_api_v1_signup_preview_dto_company_fee_split_type",
    "OpenApiV1SignupPreviewDtoDiscountType": ".open_api_v1_signup_preview_dto_discount_type",
    "OpenApiV1SignupPreviewDtoVoucherEffectivePeriod": ".open_api_v1_signup_preview_dto_voucher_effective_period",
    "OpenApiV1SignupPreviewDtoVoucherErrorCode": ".open_api_v1_signup_preview_dto_voucher_error_code",
    "OpenApiV1SignupPreviewDtoVoucherType": ".open_api_v1_signup_preview_dto_voucher_type",
    "OpeningHoursCategory": ".opening_hours_category",
    "PaymentDetails": ".payment_details",
    "PaymentsUpdateCustomerPaymentInstrumentRequest": ".payments_update_customer_payment_instrument_request",
    "PaymentsUserSessionRequest": ".payments_user_session_request",
    "PaymentsUserSessionRequestPermittedPaymentChoicesItem": ".payments_user_session_request_permitted_payment_choices_item",
    "PaymentsUserSessionRequestScope": ".payments_user_session_request_scope",
    "PaymentsUserSessionResponse": ".payments_user_session_response",
    "Price": ".price",
    "PriceDetails": ".price_details",
    "RateCode": ".rate_code",
    "Recurrence": ".recurrence",
    "RecurrencePeriod": ".recurrence_period",
    "RemainingIdlePeriods": ".remaining_idle_periods",
    "Signature": ".signature",
    "SignupPaymentPreview": ".signup_payment_preview",
    "SignupPaymentScheduleEntry": ".signup_payment_schedule_entry",
    "SignupPaymentScheduleEntryType": ".signup_payment_schedule_entry_type",
    "SimpleContract": ".simple_contract",
    "StudioAccessCodeConfiguration": ".studio_access_code_configuration",
    "StudioClosingHours": ".studio_closing_hours",
    "StudioInformation": ".studio_information",
    "StudioInformationBase": ".studio_information_base",
    "StudioLocation": ".studio_location",
    "StudioOpeningHours": ".studio_opening_hours",
    "StudioOpeningHoursCategory": ".studio_opening_hours_category",
    "StudioOpeningHoursDayOfWeekFrom": ".studio_opening_hours_day_of_week_from",
    "StudioOpeningHoursDayOfWeekTo": ".studio_opening_hours_day_of_week_to",
    "StudioUtilization": ".studio_utilization",
    "SubContract": ".sub_contract",
    "SubContractPaymentFrequency": ".sub_contract_payment_frequency",
    "Tag": ".tag",
    "TaxAdvisorCreateExport": ".tax_advisor_create_export",
    "TaxAdvisorCreateExportExportFileFormat": ".tax_advisor_create_export_export_file_format",
    "TaxAdvisorCreateExportExportFormat": ".tax_advisor_create_export_export_format",
    "TaxAdvisorCreateExportExportLocale": ".tax_advisor_create_export_export_locale",
    "TaxAdvisorExportDownload": ".tax_advisor_export_download",
    "TaxAdvisorExportDownloadExportFileFormat": ".tax_advisor_export_download_export_file_format",
    "TaxAdvisorExportDownloadExportFormat": ".tax_advisor_export_download_export_format",
    "TaxAdvisorExportDownloadExportLocale": ".tax_advisor_export_download_export_locale",
    "TaxAdvisorExportResult": ".tax_advisor_export_result",
    "Term": ".term",
    "TermInformation": ".term_information",
    "TermUnit": ".term_unit",
    "TermWithMinutes": ".term_with_minutes",
    "TermWithMinutesUnit": ".term_with_minutes_unit",
    "TextBlockSignature": ".text_block_signature",
    "TimePeriod": ".time_period",
    "TimePeriodPeriodUnit": ".time_period_period_unit",
    "TimeRestrictions": ".time_restrictions",
    "TransferDetails": ".transfer_details",
    "TransferDetailsDebtCollectionType": ".transfer_details_debt_collection_type",
    "TransferDetailsOrigin": ".transfer_details_origin",
    "TransferDetailsStatus": ".transfer_details_status",
    "TrialOfferClass": ".trial_offer_class",
    "TrialOfferClassesSlicedResult": ".trial_offer_classes_sliced_result",
    "TrialOfferConfig": ".trial_offer_config",
    "TrialOfferLeadCustomerCreationRequest": ".trial_offer_lead_customer_creation_request",
    "TrialOfferLeadCustomerCreationResult": ".trial_offer_lead_customer_creation_result",
    "TrialOfferLeadCustomerCreationValidationResult": ".trial_offer_lead_customer_creation_validation_result",
    "TrialOfferLeadCustomerCreationValidationResultValidationStatus": ".trial_offer_lead_customer_creation_validation_result_validation_status",
    "TrialOfferLeadDataConfig": ".trial_offer_lead_data_config",
    "TrialOfferLeadDataConfigAddressMode": ".trial_offer_lead_data_config_address_mode",
    "TrialOfferLeadDataConfigDateOfBirthMode": ".trial_offer_lead_data_config_date_of_birth_mode",
    "TrialOfferLeadDataConfigGenderMode": ".trial_offer_lead_data_config_gender_mode",
    "TrialOfferLeadDataConfigTelephoneMode": ".trial_offer_lead_data_config_telephone_mode",
    "TypedArgumentDto": ".typed_argument_dto",
    "TypedArgumentDtoType": ".typed_argument_dto_type",
    "TypedArgumentDtoValue": ".typed_argument_dto_value",
    "UpdateAccessIdentificationRequest": ".update_access_identification_request",
    "UpdateCustomerPaymentInstrumentResponseDto": ".update_customer_payment_instrument_response_dto",
    "UpdateIdlePeriodBody": ".update_idle_period_body",
    "UpdateImageBody": ".update_image_body",
    "UploadDocumentBody": ".upload_document_body",
    "VoidResult": ".void_result",
    "VoucherDiscountPeriod": ".voucher_discount_period",
    "VoucherDiscountPeriodDiscountType": ".voucher_discount_period_discount_type",
    "VoucherDiscountPeriodEffectivePeriod": ".voucher_discount_period_effective_period",
}
"""Where each public name lives, relative to this package."""

__all__ = (
    "AccessMediumDto",
    "AccessMediumDtoType",
    "AccessRestriction",
    "AccountPreviewItem",
    "AccountPreviewItemChargeType",
    "AdditionalInformationField",
    "AdditionalInformationFieldAssignment",
    "AdditionalInformationFieldType",
    "AdditionalInformationListItem",
    "AdditionalModule",
    "AdditionalModuleContract",
    "AdditionalModuleContractCancelation",
    "AdditionalModuleContractExtended",
    "AdditionalModuleContractExtendedContractCancelationStatus",
    "AdditionalModuleContractRequest",
    "AdditionalModuleContractTrialPeriod",
    "AdditionalModuleContractValidationStatus",
    "AdditionalModuleContractValidationStatusValidationStatus",
    "AdditionalModuleExtension",
    "AdditionalModuleExtensionExtensionType",
    "AdditionalModuleMonthDayToPrice",
    "AdditionalModuleMonthDayToPriceMonthDay",
    "AdditionalModuleMonthDayToPriceMonthDayMonth",
    "AdditionalModulePaymentFrequency",
    "AdditionalModulePaymentFrequencyType",
    "AdditionalModuleTermToPrice",
    "AdditionalModuleTrialPeriodConfig",
    "AddressDetails",
    "AddressStatus",
    "AddressStatusType",
    "AgencyCollectionCaseUpdate",
    "AgeRange",
    "AppointmentBookingRequest",
    "AppointmentBookingResult",
    "AppointmentBookingResultAppointmentStatus",
    "AppointmentBookingResultBookingStatus",
    "AppointmentBookingResultParticipantStatus",
    "AppointmentBookingResultWithCustomerId",
    "AppointmentBookingResultWithCustomerIdAppointmentStatus",
    "AppointmentBookingResultWithCustomerIdBookingStatus",
    "AppointmentBookingResultWithCustomerIdParticipantStatus",
    "AppointmentBookingValidationResult",
    "AppointmentBookingValidationResultValidationStatus",
    "AttachedDocument",
    "Availability",
    "AvailabilityDayOfWeek",
    "BankAccount",
    "BasicClass",
    "BenefitValidationDto",
    "BookableAppointment",
    "BookableAppointmentSlicedResult",
    "BookableAppointmentSlot",
    "BookableTrialOfferAppointment",
    "BookableTrialOfferAppointmentsSlicedResult",
    "BookCustomerPaymentRequest",
    "BookCustomerPaymentResponse",
    "BookingConfirmationResult",
    "BookingConfirmationResultStatus",
    "BookingEntry",
    "BookingEntrySlicedResult",
    "CalculatedTax",
    "CardNumberFormat",
    "CheckinVoucherRedeem",
    "Class",
    "ClassCancelationCondition",
    "ClassSlicedResult",
    "ClassSlot",
    "ClassSlotBookingRequest",
    "ClassSlotBookingResult",
    "ClassSlotBookingResultBookingStatus",
    "ClassSlotBookingResultClassSlotStatus",
    "ClassSlotBookingResultParticipantStatus",
    "ClassSlotBookingValidationResult",
    "ClassSlotBookingValidationResultValidationStatus",
    "ClassSlotSlicedResult",
    "ClassType",
    "ClientDetails",
    "ClosureOption",
    "ClosureOptionKey",
    "ClosureUpdate",
    "ClosureUpdateRejectionReason",
    "ClosureUpdateType",
    "CollectionCase",
    "CommunicationChannelWrapper",
    "CommunicationChannelWrapperCommunicationChannel",
    "CommunicationPreference",
    "CommunicationPreferenceMessageCategory",
    "CommunicationThreadRequest",
    "CommunicationThreadRequestCommunicationChannel",
    "CommunicationThreadRequestCommunicationDirection",
    "CommunicationThreadRequestCommunicationThreadStatus",
    "CommunicationThreadResponse",
    "CommunicationThreadResponseCommunicationChannel",
    "CommunicationThreadResponseCommunicationDirection",
    "CommunicationThreadResponseCommunicationThreadStatus",
    "ContactDetails",
    "ContactDetailsType",
    "ContactStatus",
    "ContactStatusType",
    "Contract",
    "ContractCancelationReason",
    "ContractDetails",
    "ContractMonthDayToPrice",
    "ContractMonthDayToPriceMonthDay",
    "ContractMonthDayToPriceMonthDayMonth",
    "ContractPaymentFrequency",
    "ContractPaymentFrequencyType",
    "ContractPreUseType",
    "ContractStatus",
    "ContractTermToPrice",
    "ContractVolume",
    "CreateIdlePeriodAmendmentBody",
    "Customer",
    "CustomerAccessCode",
    "CustomerAccessCodeFormat",
    "CustomerAccountBalance",
    "CustomerAddressData",
    "CustomerCheckin",
    "CustomerCheckinSlicedResult",
    "CustomerContactData",
    "CustomerDocument",
    "CustomerDocuments",
    "CustomerDocumentUploadResult",
    "CustomerGender",
    "CustomerIdlePeriod",
    "CustomerImage",
    "CustomerMasterData",
    "CustomerMasterDataCustomerTitle",
    "CustomerMasterDataGender",
    "CustomerSearchRequest",
    "CustomerSlicedResult",
    "CustomerStatus",
    "CustomerWeighings",
    "DatePeriod",
    "Debt",
    "DebtCollectionConfiguration",
    "DebtCollectionConfigurationDebtCollectionType",
    "DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure",
    "DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection",
    "DebtCollectionUpdate",
    "DebtLatestRejectionReason",
    "DebtMaturityType",
    "Debtor",
    "DebtorId",
    "DebtorIdSlicedResult",
    "DebtorSlicedResult",
    "DebtorUpdate",
    "DebtType",
    "DebtUpdate",
    "Device",
    "DeviceActivationResponse",
    "DeviceModel",
    "DocumentIdentification",
    "DocumentIdentificationDocumentType",
    "Employee",
    "EmployeeBusinessRole",
    "EmployeeGender",
    "EmployeeSlicedResult",
    "ErrorResponse",
    "ErrorResponseArgsItem",
    "ExternalUrl",
    "FlatFeePreview",
    "FlatFeePreviewPaidTimePeriodCalculationType",
    "GetCustomersCustomerStatus",
    "IdlePeriod",
    "IdlePeriodConfiguration",
    "IdlePeriodConfigurationIdlePeriodCreationStatus",
    "IdlePeriodConfigurationReferencePeriod",
    "IdlePeriodConfigurationTemporalUnit",
    "IdlePeriodCreateRequest",
    "IdlePeriodCreateRequestTemporalUnit",
    "IdlePeriodFee",
    "IdlePeriodFeeCalculationConfig",
    "IdlePeriodFeeCalculationConfigDefaultTemporalUnit",
    "IdlePeriodFeeIdlePeriodFeeCalculationType",
    "IdlePeriodLists",
    "IdlePeriodReason",
    "IdlePeriodState",
    "IdlePeriodUpdatePreview",
    "IdlePeriodUpdatePreviewValidationStatus",
    "IdlePeriodUpdateRequest",
    "IdlePeriodUpdateRequestTemporalUnit",
    "IdlePeriodValidationRequest",
    "IdlePeriodValidationRequestTemporalUnit",
    "IdlePeriodValidationStatusResult",
    "IdlePeriodValidationStatusResultValidationStatus",
    "Instructor",
    "Language",
    "LeadAdditionalFieldConfiguration",
    "LeadAdditionalFieldConfigurationMode",
    "LeadAdditionalFieldConfigurationType",
    "LeadAdditionalInformation",
    "LeadConfig",
    "LeadConfigAddressMode",
    "LeadConfigDateOfBirthMode",
    "LeadConfigGenderMode",
    "LeadConfigTelephoneMode",
    "LeadCreationRequest",
    "LeadCreationResponse",
    "LeadCreationValidationResult",
    "LeadCreationValidationResultStatus",
    "LeadCustomerAddress",
    "LeadCustomerAddressData",
    "LeadCustomerData",
    "LeadCustomerDataGender",
    "LeadData",
    "LeadDataGender",
    "LiablePersonDetails",
    "Location",
    "Measurement",
    "MeasurementGender",
    "MembershipOffer",
    "MembershipOfferExtended",
    "MembershipOfferExtendedAllowedPaymentChoicesItem",
    "MembershipOfferFlatFee",
    "MembershipOfferIncludedModule",
    "MembershipOfferModule",
    "MembershipOfferModuleAgeBasedAdjustment",
    "MembershipOfferModuleAgeBasedAdjustmentType",
    "MembershipOfferModuleTerm",
    "MembershipOfferModuleTermExtensionType",
    "MembershipOfferMonthDayToPrice",
    "MembershipOfferMonthDayToPriceMonthDay",
    "MembershipOfferMonthDayToPriceMonthDayMonth",
    "MembershipOfferPaymentFrequency",
    "MembershipOfferPaymentFrequencyType",
    "MembershipOfferRateBonusPeriod",
    "MembershipOfferRateBonusPeriodRuntimeExtensionType",
    "MembershipOfferRateBonusPeriodTermStrategy",
    "MembershipOfferSubsequentRate",
    "MembershipOfferTerm",
    "MembershipOfferTermAdjustmentRule",
    "MembershipOfferTermAdjustmentRuleChargeAdjustmentType",
    "MembershipOfferTermAdjustmentRuleType",
    "MembershipOfferTermExtended",
    "MembershipOfferTermExtendedCancelationStrategy",
    "MembershipOfferTermExtendedExtensionType",
    "MembershipOfferTermToPrice",
    "MembershipOfferTextBlock",
    "MembershipOfferTextBlockAttachmentType",
    "MembershipOfferTrialPeriod",
    "MembershipSelfServiceContractData",
    "MembershipSelfServiceContractDataCancelationOrigin",
    "MembershipSelfServiceContractDataCancelationStatus",
    "MembershipSelfServiceMainContractCancelation",
    "MembershipSignupContract",
    "MembershipSignupCustomer",
    "MembershipSignupCustomerGender",
    "MembershipSignupRequest",
    "MembershipSignupResult",
    "MembershipSwitch",
    "MembershipSwitchConfig",
    "MembershipSwitchConfigPresentationDto",
    "MembershipSwitchConfigSourceContractDto",
    "MembershipSwitchPreview",
    "ModuleContractPreview",
    "ModuleContractPreviewPaidTimePeriodCalculationType",
    "Money",
    "OnlineOffer",
    "OnlineOfferPurchaseRequest",
    "OnlineOfferSlicedResult",
    "OpenApiV1Block",
    "OpenApiV1BlockDto",
    "OpenApiV1BlockDtoLimitType",
    "OpenApiV1BlockLimitType",
    "OpenApiV1CheckinVoucherRedeemResultDto",
    "OpenApiV1CustomerCreateResult",
    "OpenApiV1CustomerDataDtoCustomerAddressData",
    "OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus",
    "OpenApiV1CustomerDataDtoCustomerContactData",
    "OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus",
    "OpenApiV1CustomerDataDtoCustomerMasterData",
    "OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus",
    "OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle",
    "OpenApiV1CustomerDataDtoCustomerMasterDataGender",
    "OpenApiV1CustomerDataDtoCustomerPaymentData",
    "OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterDataCustomerTitle",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterDataGender",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData",
    "OpenApiV1CustomerPaymentAmendment",
    "OpenApiV1CustomerStudioSwitchRequestDto",
    "OpenApiV1MembershipSwitchConfigExtended",
    "OpenApiV1SignupPreviewDto",
    "OpenApiV1SignupPreviewDtoCompanyFeeSplitType",
    "OpenApiV1SignupPreviewDtoDiscountType",
    "OpenApiV1SignupPreviewDtoVoucherEffectivePeriod",
    "OpenApiV1SignupPreviewDtoVoucherErrorCode",
    "OpenApiV1SignupPreviewDtoVoucherType",
    "OpeningHoursCategory",
    "PaymentDetails",
    "PaymentsUpdateCustomerPaymentInstrumentRequest",
    "PaymentsUserSessionRequest",
    "PaymentsUserSessionRequestPermittedPaymentChoicesItem",
    "PaymentsUserSessionRequestScope",
    "PaymentsUserSessionResponse",
    "Price",
    "PriceDetails",
    "RateCode",
    "Recurrence",
    "RecurrencePeriod",
    "RemainingIdlePeriods",
    "Signature",
    "SignupPaymentPreview",
    "SignupPaymentScheduleEntry",
    "SignupPaymentScheduleEntryType",
    "SimpleContract",
    "StudioAccessCodeConfiguration",
    "StudioClosingHours",
    "StudioInformation",
    "StudioInformationBase",
    "StudioLocation",
    "StudioOpeningHours",
    "StudioOpeningHoursCategory",
    "StudioOpeningHoursDayOfWeekFrom",
    "StudioOpeningHoursDayOfWeekTo",
    "StudioUtilization",
    "SubContract",
    "SubContractPaymentFrequency",
    "Tag",
    "TaxAdvisorCreateExport",
    "TaxAdvisorCreateExportExportFileFormat",
    "TaxAdvisorCreateExportExportFormat",
    "TaxAdvisorCreateExportExportLocale",
    "TaxAdvisorExportDownload",
    "TaxAdvisorExportDownloadExportFileFormat",
    "TaxAdvisorExportDownloadExportFormat",
    "TaxAdvisorExportDownloadExportLocale",
    "TaxAdvisorExportResult",
    "Term",
    "TermInformation",
    "TermUnit",
    "TermWithMinutes",
    "TermWithMinutesUnit",
    "TextBlockSignature",
    "TimePeriod",
    "TimePeriodPeriodUnit",
    "TimeRestrictions",
    "TransferDetails",
    "TransferDetailsDebtCollectionType",
    "TransferDetailsOrigin",
    "TransferDetailsStatus",
    "TrialOfferClass",
    "TrialOfferClassesSlicedResult",
    "TrialOfferConfig",
    "TrialOfferLeadCustomerCreationRequest",
    "TrialOfferLeadCustomerCreationResult",
    "TrialOfferLeadCustomerCreationValidationResult",
    "TrialOfferLeadCustomerCreationValidationResultValidationStatus",
    "TrialOfferLeadDataConfig",
    "TrialOfferLeadDataConfigAddressMode",
    "TrialOfferLeadDataConfigDateOfBirthMode",
    "TrialOfferLeadDataConfigGenderMode",
    "TrialOfferLeadDataConfigTelephoneMode",
    "TypedArgumentDto",
    "TypedArgumentDtoType",
    "TypedArgumentDtoValue",
    "UpdateAccessIdentificationRequest",
    "UpdateCustomerPaymentInstrumentResponseDto",
    "UpdateIdlePeriodBody",
    "UpdateImageBody",
    "UploadDocumentBody",
    "VoidResult",
    "VoucherDiscountPeriod",
    "VoucherDiscountPeriodDiscountType",
    "VoucherDiscountPeriodEffectivePeriod",
)

if not TYPE_CHECKING:
    # Hidden from type checkers, so that a misspelt name is still an error for them.

    from ..types import submodule_attribute

    def __getattr__(name: str) -> object:
        module = _MODULE_OF.get(name)
        if module is None:
            return submodule_attribute(__name__, name)  # ``models.customer``, the module itself
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
