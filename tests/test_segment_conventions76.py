"""Conventions of the unseen48 batch, headline stacks: a service named with no verb over only
what it gives, reaches or receives is one title; a count of a quoted name after the first batch
of a kind over where it is done is one title; a short line reporting an event over a sector's
authorities answering it is the title and its subtitle, never a column's name and a title."""

from __future__ import annotations

from segkit import heads, seg

TEXT = "本报讯　昨日，记者从市人社局获悉，相关工作已全面展开，市民可就近前往办理。"


def test_a_job_fair_over_the_jobs_it_offers_is_one_title() -> None:
    ed = seg("春风行动招聘会", "提供岗位1.2万个", TEXT)
    assert heads(ed) == [(None, "春风行动招聘会提供岗位1.2万个", None)]


def test_a_service_station_over_what_it_reaches_is_one_title() -> None:
    ed = seg("“一老一小”服务站", "覆盖全部城市社区", TEXT)
    assert heads(ed) == [(None, "“一老一小”服务站覆盖全部城市社区", None)]


def test_a_service_over_the_welcome_it_receives_is_one_title() -> None:
    ed = seg("市民服务中心延时服务", "受到企业群众欢迎", TEXT)
    assert heads(ed) == [(None, "市民服务中心延时服务受到企业群众欢迎", None)]


def test_an_event_reported_started_over_the_jobs_it_offers_stays_title_and_subtitle() -> None:
    # "…招聘月启动" ends on its verb, a clause of its own: the figure under it is its deck.
    ed = seg("全市春季招聘月启动", "提供岗位1.8万个", TEXT)
    assert heads(ed) == [(None, "全市春季招聘月启动", "提供岗位1.8万个")]


def test_a_column_over_a_title_opening_on_a_verb_is_no_service() -> None:
    ed = seg("新华时评", "让“一老一小”生活更舒心", TEXT)
    assert heads(ed) == [("新华时评", "让“一老一小”生活更舒心", None)]


def test_a_first_batch_of_a_quoted_kind_over_where_it_is_done_is_one_title() -> None:
    ed = seg("全市首批12家“共享菜园”", "在老旧小区亮相", TEXT)
    assert heads(ed) == [(None, "全市首批12家“共享菜园”在老旧小区亮相", None)]


def test_a_column_over_a_title_opening_on_zai_stays_kicker_and_title() -> None:
    ed = seg("读书札记", "在书页里遇见故乡", TEXT)
    assert heads(ed) == [("读书札记", "在书页里遇见故乡", None)]


def test_an_event_starting_over_the_sectors_authorities_is_title_and_subtitle() -> None:
    ed = seg("春运明日启动", "铁路部门多措并举方便旅客购票", TEXT)
    assert heads(ed) == [(None, "春运明日启动", "铁路部门多措并举方便旅客购票")]


def test_an_event_starting_over_its_players_stays_kicker_and_title() -> None:
    # The players of the event are the story told under it: the event line is its kicker.
    ed = seg("2023冰泉马拉松鸣枪开跑", "2.5万名跑者“跑”出城市新风景", TEXT)
    assert heads(ed) == [("2023冰泉马拉松鸣枪开跑", "2.5万名跑者“跑”出城市新风景", None)]


def test_a_column_over_a_sectors_authorities_stays_kicker_and_title() -> None:
    # A column's name reports no event: the line under it is the title whoever leads it.
    ed = seg("民生关注", "交通部门多措并举保障市民出行", TEXT)
    assert heads(ed) == [("民生关注", "交通部门多措并举保障市民出行", None)]
