-- Guest categories are the event's own list (issue 11): the six of V4 stay the defaults, stored by
-- their names (ACADEMICIAN ...), and an event adds its own (VIP, 演讲嘉宾, 随行, 工作人员, 志愿者),
-- stored as written. The list is the defaults plus the categories the event's guests carry, so the
-- check of V4 goes; the application refuses a blank category or one longer than the column.
ALTER TABLE guest DROP CONSTRAINT guest_category_known;
ALTER TABLE guest ADD CONSTRAINT guest_category_not_blank CHECK (TRIM(category) <> '');
