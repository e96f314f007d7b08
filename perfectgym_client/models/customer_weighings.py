from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerWeighings")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
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


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        raw_results = d.pop("rawResults")

        database_id = d.pop("databaseId", UNSET)

        basal_metabolic_rate = d.pop("basalMetabolicRate", UNSET)

        body_fat_mass = d.pop("bodyFatMass", UNSET)

        body_mass_index = d.pop("bodyMassIndex", UNSET)

        fat_free_mass = d.pop("fatFreeMass", UNSET)

        percent_body_fat = d.pop("percentBodyFat", UNSET)

        percent_skeletal_muscle_mass = d.pop("percentSkeletalMuscleMass", UNSET)

        skeletal_muscle_mass = d.pop("skeletalMuscleMass", UNSET)

        total_body_water = d.pop("totalBodyWater", UNSET)

        visceral_fat_level = d.pop("visceralFatLevel", UNSET)

        weight = d.pop("weight", UNSET)

        height = d.pop("height", UNSET)

        bfm_left_arm = d.pop("bfmLeftArm", UNSET)

        bfm_left_leg = d.pop("bfmLeftLeg", UNSET)

        bfm_percent_left_arm = d.pop("bfmPercentLeftArm", UNSET)

        bfm_percent_left_leg = d.pop("bfmPercentLeftLeg", UNSET)

        bfm_percent_right_arm = d.pop("bfmPercentRightArm", UNSET)

        bfm_percent_right_leg = d.pop("bfmPercentRightLeg", UNSET)

        bfm_percent_trunk = d.pop("bfmPercentTrunk", UNSET)

        bfm_right_arm = d.pop("bfmRightArm", UNSET)

        bfm_right_leg = d.pop("bfmRightLeg", UNSET)

        bfm_trunk = d.pop("bfmTrunk", UNSET)

        ffm_left_arm = d.pop("ffmLeftArm", UNSET)

        ffm_left_leg = d.pop("ffmLeftLeg", UNSET)

        ffm_percent_left_arm = d.pop("ffmPercentLeftArm", UNSET)

        ffm_percent_left_leg = d.pop("ffmPercentLeftLeg", UNSET)

        ffm_percent_right_arm = d.pop("ffmPercentRightArm", UNSET)

        ffm_percent_right_leg = d.pop("ffmPercentRightLeg", UNSET)

        ffm_percent_trunk = d.pop("ffmPercentTrunk", UNSET)

        ffm_right_arm = d.pop("ffmRightArm", UNSET)

        ffm_right_leg = d.pop("ffmRightLeg", UNSET)

        ffm_trunk = d.pop("ffmTrunk", UNSET)

        _obj = cls(
            raw_results=raw_results,
            database_id=database_id,
            basal_metabolic_rate=basal_metabolic_rate,
            body_fat_mass=body_fat_mass,
            body_mass_index=body_mass_index,
            fat_free_mass=fat_free_mass,
            percent_body_fat=percent_body_fat,
            percent_skeletal_muscle_mass=percent_skeletal_muscle_mass,
            skeletal_muscle_mass=skeletal_muscle_mass,
            total_body_water=total_body_water,
            visceral_fat_level=visceral_fat_level,
            weight=weight,
            height=height,
            bfm_left_arm=bfm_left_arm,
            bfm_left_leg=bfm_left_leg,
            bfm_percent_left_arm=bfm_percent_left_arm,
            bfm_percent_left_leg=bfm_percent_left_leg,
            bfm_percent_right_arm=bfm_percent_right_arm,
            bfm_percent_right_leg=bfm_percent_right_leg,
            bfm_percent_trunk=bfm_percent_trunk,
            bfm_right_arm=bfm_right_arm,
            bfm_right_leg=bfm_right_leg,
            bfm_trunk=bfm_trunk,
            ffm_left_arm=ffm_left_arm,
            ffm_left_leg=ffm_left_leg,
            ffm_percent_left_arm=ffm_percent_left_arm,
            ffm_percent_left_leg=ffm_percent_left_leg,
            ffm_percent_right_arm=ffm_percent_right_arm,
            ffm_percent_right_leg=ffm_percent_right_leg,
            ffm_percent_trunk=ffm_percent_trunk,
            ffm_right_arm=ffm_right_arm,
            ffm_right_leg=ffm_right_leg,
            ffm_trunk=ffm_trunk,
        )

        _obj.additional_properties = d
        return _obj

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
