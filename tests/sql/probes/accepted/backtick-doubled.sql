SELECT `we``ird` FROM `my``table`;
