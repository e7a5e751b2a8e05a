{{%AUTOESCAPE context="HTML"}}
{{! One issued letter, laid out for A4 printing. LETTERS (TITLE NUMBER ISSUED_ON BODY_HTML SIGNED (NAME) DRAFT); BACK_URL optional. }}
{{#LETTERS}}
<p class="no-print letter-tools" data-print-slot>{{#DRAFT}}<span class="badge badge-warn">草稿，尚未出具</span>{{/DRAFT}}</p>
<article class="letter" aria-label="{{TITLE}}">
<div class="letter-body">{{BODY_HTML:none}}</div>
{{#SIGNED}}<p class="letter-signed muted no-print">审签：{{NAME}}</p>{{/SIGNED}}
</article>
{{/LETTERS}}
