SELECT `订单编号`, `größe` FROM `表`;
