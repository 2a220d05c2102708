/*
 * The presync rule language: one source of truth for the parser, generated at build time.
 *
 *   rule := ['inactive'] ['rule' NAME] 'on' EVENT ['when' CONDITION] 'set' DESTINATION STATE
 *   test := 'test' NAME 'given' EVENT ['(' FIELD ':' VALUE, ... ')'] 'expect' ('nothing' | ACTION, ...)
 *
 * Events, operands and destinations are plain names here and are resolved by the checker, so an
 * unknown name gets a "did you mean" instead of a token-level syntax error. Precedence, tightest
 * first: comparison, 'not', 'and', 'or'.
 */
grammar Presync;

file
    : item* EOF
    ;

item
    : ruleDecl
    | statusDecl
    | testDecl
    ;

ruleDecl
    : INACTIVE? (RULE name=ruleName)? ON event=IDENT (WHEN cond)? SET destination=IDENT state=STRING
    ;

ruleName
    : IDENT
    | STRING
    ;

// A catalog entry: status Salesforce 'Available' online channels 'Phone', 'Cases'
//                  status Salesforce 'Lunch' busy
//                  status Connect 'Lunch'
statusDecl
    : STATUS system=IDENT name=STRING kind=IDENT? (CHANNELS STRING (COMMA STRING)*)?
    ;

// A rule test: test 'name' given EVENT(Field: value, ...) expect Salesforce 'Lunch' from RuleName, ...
testDecl
    : TEST name=ruleName GIVEN event=IDENT (LPAREN (field (COMMA field)*)? RPAREN)? EXPECT expectation
    ;

field
    : IDENT COLON value
    ;

expectation
    : NOTHING                                       # ExpectNothing
    | expectedAction (COMMA expectedAction)*        # ExpectActions
    ;

expectedAction
    : destination=IDENT state=STRING (FROM source=ruleName)?
    ;

cond
    : LPAREN cond RPAREN                            # Paren
    | left=value op=comparator right=value          # Compare
    | NOT cond                                      # Not
    | cond AND cond                                 # And
    | cond OR cond                                  # Or
    ;

value
    : IDENT                                         # OperandValue
    | STRING                                        # StringValue
    | NUMBER                                        # NumberValue
    ;

comparator
    : EQ | NE | GT | GE | LT | LE
    ;

RULE     : 'rule';
ON       : 'on';
WHEN     : 'when';
SET      : 'set';
NOT      : 'not';
AND      : 'and';
OR       : 'or';
INACTIVE : 'inactive';
STATUS   : 'status';
CHANNELS : 'channels';
TEST     : 'test';
GIVEN    : 'given';
EXPECT   : 'expect';
NOTHING  : 'nothing';
FROM     : 'from';

EQ     : '==';
NE     : '!=';
GE     : '>=';
LE     : '<=';
GT     : '>';
LT     : '<';
LPAREN : '(';
RPAREN : ')';
COMMA  : ',';
COLON  : ':';

NUMBER : [0-9]+ ('.' [0-9]+)?;
IDENT  : [A-Za-z_] [A-Za-z0-9_]*;

// Escapes are \' and \\; any other escape is lexed here and reported by the AST builder, with
// its exact position, instead of breaking the string in two.
STRING : '\'' ('\\' ~[\r\n] | ~['\\\r\n])* '\'';

// A string that reaches the end of its line: reported once as unterminated, then parsed as if closed.
UNTERMINATED_STRING : '\'' ('\\' ~[\r\n] | ~['\\\r\n])* '\\'?;

// Common slips from other languages: each is reported with the right spelling and then parsed
// as if written that way, so one slip gives one message.
SLIP_EQ     : '=';
SLIP_AND    : '&&';
SLIP_OR     : '||';
SLIP_NOT    : '!';
SLIP_STRING : '"' ~["\r\n]* '"';

COMMENT : '#' ~[\r\n]* -> skip;
WS      : [ \t\r\n\f]+ -> skip;

// Anything else is one bad character, reported and dropped so parsing can go on.
BAD_CHAR : .;
