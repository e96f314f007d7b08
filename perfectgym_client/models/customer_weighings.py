from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

T = TypeVar("T", bound="CustomerWeighings")


@_attrs_define(slots=False, repr=False, eq=False)
class CustomerWeighings:
    """
    Attributes:
        raw_results (str): The raw results
        database_id (int | Unset): Database id of the weighing
        basal_metabolic_rate (float | Unset): Basal metabolic rate
        body_fat_mass (float | Unset): Body fat mass in kg
        body_mass_index (float | Unset): Body mass index in kg/m^2
        fat_free_mass (float | Unset): Total fat free mass (aka Lean Body Mass) in kg
        percent_body_fat (float | Unset): Body fat in percent
        percent_skeletal_muscle_mass (float | Unset): Skeletal muscle mass in percent
        skeletal_muscle_mass (float | Unset): Skeletal muscle mass in kg
        total_body_water (float | Unset): Total body water in liters
        visceral_fat_level (int | Unset): Visceral fat level (1-9)
        weight (float | Unset): Body weight in kg
        height (float | Unset): Body height in cm
        bfm_left_arm (float | Unset): Body Fat Mass of the left arm in kg
        bfm_left_leg (float | Unset): Body Fat Mass of the left leg in kg
        bfm_percent_left_arm (float | Unset): Body Fat Mass of the left arm in percent
        bfm_percent_left_leg (float | Unset): Body Fat Mass of the left leg in percent
        bfm_percent_right_arm (float | Unset): Body Fat Mass of the right arm in percent
        bfm_percent_right_leg (float | Unset): Body Fat Mass of the right leg in percent
        bfm_percent_trunk (float | Unset): Body Fat Mass of the trunk in percent
        bfm_right_arm (float | Unset): Body Fat Mass of the right arm in kg
        bfm_right_leg (float | Unset): Body Fat Mass of the right leg in kg
        bfm_trunk (float | Unset): Body Fat Mass of the trunk in kg
        ffm_left_arm (float | Unset): Fat Free Mass of the left arm in kg
        ffm_left_leg (float | Unset): Fat Free Mass of the left leg in kg
        ffm_percent_left_arm (float | Unset): Fat Free Mass of the left arm in percent
        ffm_percent_left_leg (float | Unset): Fat Free Mass of the left leg in percent
        ffm_percent_right_arm (float | Unset): Fat Free Mass of the right arm in percent
        ffm_percent_right_leg (float | Unset): Fat Free Mass of the right leg in percent
        ffm_percent_trunk (float | Unset): Fat Free Mass of the trunk in percent
        ffm_right_arm (float | Unset): Fat Free Mass of the right arm in kg
        ffm_right_leg (float | Unset): Fat Free Mass of the right leg in kg
        ffm_trunk (float | Unset): Fat Free Mass of the trunk in kg
    """

    raw_results: str
    database_id: int | Unset = UNSET
    basal_metabolic_rate: float | Unset = UNSET
    body_fat_mass: float | Unset = UNSET
    body_mass_index: float | Unset = UNSET
    fat_free_mass: float | Unset = UNSET
    percent_body_fat: float | Unset = UNSET
    percent_skeletal_muscle_mass: float | Unset = UNSET
    skeletal_muscle_mass: float | Unset = UNSET
    total_body_water: float | Unset = UNSET
    visceral_fat_level: int | Unset = UNSET
    weight: float | Unset = UNSET
    height: float | Unset = UNSET
    bfm_left_arm: float | Unset = UNSET
    bfm_left_leg: float | Unset = UNSET
    bfm_percent_left_arm: float | Unset = UNSET
    bfm_percent_left_leg: float | Unset = UNSET
    bfm_percent_right_arm: float | Unset = UNSET
    bfm_percent_right_leg: float | Unset = UNSET
    bfm_percent_trunk: float | Unset = UNSET
    bfm_right_arm: float | Unset = UNSET
    bfm_right_leg: float | Unset = UNSET
    bfm_trunk: float | Unset = UNSET
    ffm_left_arm: float | Unset = UNSET
    ffm_left_leg: float | Unset = UNSET
    ffm_percent_left_arm: float | Unset = UNSET
    ffm_percent_left_leg: float | Unset = UNSET
    ffm_percent_right_arm: float | Unset = UNSET
    ffm_percent_right_leg: float | Unset = UNSET
    ffm_percent_trunk: float | Unset = UNSET
    ffm_right_arm: float | Unset = UNSET
    ffm_right_leg: float | Unset = UNSET
    ffm_trunk: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            raw_results = self.raw_results

            database_id = self.database_id

            basal_metabolic_rate = self.basal_metabolic_rate

            body_fat_mass = self.body_fat_mass

            body_mass_index = self.body_mass_index

            fat_free_mass = self.fat_free_mass

            percent_body_fat = self.percent_body_fat

            percent_skeletal_muscle_mass = self.percent_skeletal_muscle_mass

            skeletal_muscle_mass = self.skeletal_muscle_mass

            total_body_water = self.total_body_water

            visceral_fat_level = self.visceral_fat_level

            weight = self.weight

            height = self.height

            bfm_left_arm = self.bfm_left_arm

            bfm_left_leg = self.bfm_left_leg

            bfm_percent_left_arm = self.bfm_percent_left_arm

            bfm_percent_left_leg = self.bfm_percent_left_leg

            bfm_percent_right_arm = self.bfm_percent_right_arm

            bfm_percent_right_leg = self.bfm_percent_right_leg

            bfm_percent_trunk = self.bfm_percent_trunk

            bfm_right_arm = self.bfm_right_arm

            bfm_right_leg = self.bfm_right_leg

            bfm_trunk = self.bfm_trunk

            ffm_left_arm = self.ffm_left_arm

            ffm_left_leg = self.ffm_left_leg

            ffm_percent_left_arm = self.ffm_percent_left_arm

            ffm_percent_left_leg = self.ffm_percent_left_leg

            ffm_percent_right_arm = self.ffm_percent_right_arm

            ffm_percent_right_leg = self.ffm_percent_right_leg

            ffm_percent_trunk = self.ffm_percent_trunk

            ffm_right_arm = self.ffm_right_arm

            ffm_right_leg = self.ffm_right_leg

            ffm_trunk = self.ffm_trunk

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "rawResults": raw_results,
                }
            )
            if database_id is not UNSET:
                field_dict["databaseId"] = database_id
            if basal_metabolic_rate is not UNSET:
                field_dict["basalMetabolicRate"] = basal_metabolic_rate
            if body_fat_mass is not UNSET:
                field_dict["bodyFatMass"] = body_fat_mass
            if body_mass_index is not UNSET:
                field_dict["bodyMassIndex"] = body_mass_index
            if fat_free_mass is not UNSET:
                field_dict["fatFreeMass"] = fat_free_mass
            if percent_body_fat is not UNSET:
                field_dict["percentBodyFat"] = percent_body_fat
            if percent_skeletal_muscle_mass is not UNSET:
                field_dict["percentSkeletalMuscleMass"] = percent_skeletal_muscle_mass
            if skeletal_muscle_mass is not UNSET:
                field_dict["skeletalMuscleMass"] = skeletal_muscle_mass
            if total_body_water is not UNSET:
                field_dict["totalBodyWater"] = total_body_water
            if visceral_fat_level is not UNSET:
                field_dict["visceralFatLevel"] = visceral_fat_level
            if weight is not UNSET:
                field_dict["weight"] = weight
            if height is not UNSET:
                field_dict["height"] = height
            if bfm_left_arm is not UNSET:
                field_dict["bfmLeftArm"] = bfm_left_arm
            if bfm_left_leg is not UNSET:
                field_dict["bfmLeftLeg"] = bfm_left_leg
            if bfm_percent_left_arm is not UNSET:
                field_dict["bfmPercentLeftArm"] = bfm_percent_left_arm
            if bfm_percent_left_leg is not UNSET:
                field_dict["bfmPercentLeftLeg"] = bfm_percent_left_leg
            if bfm_percent_right_arm is not UNSET:
                field_dict["bfmPercentRightArm"] = bfm_percent_right_arm
            if bfm_percent_right_leg is not UNSET:
                field_dict["bfmPercentRightLeg"] = bfm_percent_right_leg
            if bfm_percent_trunk is not UNSET:
                field_dict["bfmPercentTrunk"] = bfm_percent_trunk
            if bfm_right_arm is not UNSET:
                field_dict["bfmRightArm"] = bfm_right_arm
            if bfm_right_leg is not UNSET:
                field_dict["bfmRightLeg"] = bfm_right_leg
            if bfm_trunk is not UNSET:
                field_dict["bfmTrunk"] = bfm_trunk
            if ffm_left_arm is not UNSET:
                field_dict["ffmLeftArm"] = ffm_left_arm
            if ffm_left_leg is not UNSET:
                field_dict["ffmLeftLeg"] = ffm_left_leg
            if ffm_percent_left_arm is not UNSET:
                field_dict["ffmPercentLeftArm"] = ffm_percent_left_arm
            if ffm_percent_left_leg is not UNSET:
                field_dict["ffmPercentLeftLeg"] = ffm_percent_left_leg
            if ffm_percent_right_arm is not UNSET:
                field_dict["ffmPercentRightArm"] = ffm_percent_right_arm
            if ffm_percent_right_leg is not UNSET:
                field_dict["ffmPercentRightLeg"] = ffm_percent_right_leg
            if ffm_percent_trunk is not UNSET:
                field_dict["ffmPercentTrunk"] = ffm_percent_trunk
            if ffm_right_arm is not UNSET:
                field_dict["ffmRightArm"] = ffm_right_arm
            if ffm_right_leg is not UNSET:
                field_dict["ffmRightLeg"] = ffm_right_leg
            if ffm_trunk is not UNSET:
                field_dict["ffmTrunk"] = ffm_trunk

            return field_dict

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "rawResults",
        "databaseId",
        "basalMetabolicRate",
        "bodyFatMass",
        "bodyMassIndex",
        "fatFreeMass",
        "percentBodyFat",
        "percentSkeletalMuscleMass",
        "skeletalMuscleMass",
        "totalBodyWater",
        "visceralFatLevel",
        "weight",
        "height",
        "bfmLeftArm",
        "bfmLeftLeg",
        "bfmPercentLeftArm",
        "bfmPercentLeftLeg",
        "bfmPercentRightArm",
        "bfmPercentRightLeg",
        "bfmPercentTrunk",
        "bfmRightArm",
        "bfmRightLeg",
        "bfmTrunk",
        "ffmLeftArm",
        "ffmLeftLeg",
        "ffmPercentLeftArm",
        "ffmPercentLeftLeg",
        "ffmPercentRightArm",
        "ffmPercentRightLeg",
        "ffmPercentTrunk",
        "ffmRightArm",
        "ffmRightLeg",
        "ffmTrunk",
    }
)


def _parse_raw_results(d: dict[str, Any]) -> str:
    _source: str = d["rawResults"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_database_id(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("databaseId", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_basal_metabolic_rate(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("basalMetabolicRate", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_body_fat_mass(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bodyFatMass", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_body_mass_index(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bodyMassIndex", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_fat_free_mass(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("fatFreeMass", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_percent_body_fat(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("percentBodyFat", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_percent_skeletal_muscle_mass(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("percentSkeletalMuscleMass", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_skeletal_muscle_mass(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("skeletalMuscleMass", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_total_body_water(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("totalBodyWater", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_visceral_fat_level(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("visceralFatLevel", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_weight(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("weight", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_height(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("height", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_left_arm(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmLeftArm", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_left_leg(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmLeftLeg", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_percent_left_arm(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmPercentLeftArm", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_percent_left_leg(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmPercentLeftLeg", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_percent_right_arm(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmPercentRightArm", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_percent_right_leg(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmPercentRightLeg", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_percent_trunk(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmPercentTrunk", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_right_arm(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmRightArm", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_right_leg(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmRightLeg", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_bfm_trunk(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("bfmTrunk", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_left_arm(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmLeftArm", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_left_leg(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmLeftLeg", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_percent_left_arm(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmPercentLeftArm", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_percent_left_leg(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmPercentLeftLeg", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_percent_right_arm(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmPercentRightArm", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_percent_right_leg(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmPercentRightLeg", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_percent_trunk(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmPercentTrunk", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_right_arm(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmRightArm", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_right_leg(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmRightLeg", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_ffm_trunk(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("ffmTrunk", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    CustomerWeighings,
    (
        ("raw_results", "rawResults", _parse_raw_results, str),
        ("database_id", "databaseId", _parse_database_id, int),
        ("basal_metabolic_rate", "basalMetabolicRate", _parse_basal_metabolic_rate, float),
        ("body_fat_mass", "bodyFatMass", _parse_body_fat_mass, float),
        ("body_mass_index", "bodyMassIndex", _parse_body_mass_index, float),
        ("fat_free_mass", "fatFreeMass", _parse_fat_free_mass, float),
        ("percent_body_fat", "percentBodyFat", _parse_percent_body_fat, float),
        ("percent_skeletal_muscle_mass", "percentSkeletalMuscleMass", _parse_percent_skeletal_muscle_mass, float),
        ("skeletal_muscle_mass", "skeletalMuscleMass", _parse_skeletal_muscle_mass, float),
        ("total_body_water", "totalBodyWater", _parse_total_body_water, float),
        ("visceral_fat_level", "visceralFatLevel", _parse_visceral_fat_level, int),
        ("weight", "weight", _parse_weight, float),
        ("height", "height", _parse_height, float),
        ("bfm_left_arm", "bfmLeftArm", _parse_bfm_left_arm, float),
        ("bfm_left_leg", "bfmLeftLeg", _parse_bfm_left_leg, float),
        ("bfm_percent_left_arm", "bfmPercentLeftArm", _parse_bfm_percent_left_arm, float),
        ("bfm_percent_left_leg", "bfmPercentLeftLeg", _parse_bfm_percent_left_leg, float),
        ("bfm_percent_right_arm", "bfmPercentRightArm", _parse_bfm_percent_right_arm, float),
        ("bfm_percent_right_leg", "bfmPercentRightLeg", _parse_bfm_percent_right_leg, float),
        ("bfm_percent_trunk", "bfmPercentTrunk", _parse_bfm_percent_trunk, float),
        ("bfm_right_arm", "bfmRightArm", _parse_bfm_right_arm, float),
        ("bfm_right_leg", "bfmRightLeg", _parse_bfm_right_leg, float),
        ("bfm_trunk", "bfmTrunk", _parse_bfm_trunk, float),
        ("ffm_left_arm", "ffmLeftArm", _parse_ffm_left_arm, float),
        ("ffm_left_leg", "ffmLeftLeg", _parse_ffm_left_leg, float),
        ("ffm_percent_left_arm", "ffmPercentLeftArm", _parse_ffm_percent_left_arm, float),
        ("ffm_percent_left_leg", "ffmPercentLeftLeg", _parse_ffm_percent_left_leg, float),
        ("ffm_percent_right_arm", "ffmPercentRightArm", _parse_ffm_percent_right_arm, float),
        ("ffm_percent_right_leg", "ffmPercentRightLeg", _parse_ffm_percent_right_leg, float),
        ("ffm_percent_trunk", "ffmPercentTrunk", _parse_ffm_percent_trunk, float),
        ("ffm_right_arm", "ffmRightArm", _parse_ffm_right_arm, float),
        ("ffm_right_leg", "ffmRightLeg", _parse_ffm_right_leg, float),
        ("ffm_trunk", "ffmTrunk", _parse_ffm_trunk, float),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)
