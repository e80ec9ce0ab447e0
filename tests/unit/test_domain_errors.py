"""DomainError: a code for programs, a Chinese message for clerks."""

import pickle

import pytest

from unionapp.domain.errors import DomainError


def test_carries_code_and_message():
    error = DomainError("check_digit", "身份证号码校验位错误")
    assert error.code == "check_digit"
    assert error.message == "身份证号码校验位错误"
    assert str(error) == "身份证号码校验位错误"


def test_is_a_value_error():
    with pytest.raises(ValueError, match="日期不存在"):
        raise DomainError("date", "日期不存在：2019-02-30")


def test_survives_pickling():
    # Import jobs may run in another process and send their errors back.
    error = pickle.loads(pickle.dumps(DomainError("empty", "身份证号码为空")))
    assert (error.code, error.message, str(error)) == ("empty", "身份证号码为空", "身份证号码为空")
