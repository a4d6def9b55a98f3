SELECT `a;b`, `;` FROM `x;y`;
SELECT 1;
