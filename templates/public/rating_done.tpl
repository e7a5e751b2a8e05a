{{%AUTOESCAPE context="HTML"}}
{{! After a rating: ID CODE; BAD; VISIT_DAYS RECTIFY_DAYS. }}
<header class="page-header"><h1>评价已提交</h1></header>
<div class="card" role="status">
<p>感谢您的评价。评价编号：<strong class="mono">{{ID}}</strong>，查询码：<strong class="mono">{{CODE}}</strong></p>
<p><strong>查询码只显示这一次，请记下或截图保存。</strong>凭评价编号和查询码可在“<a href="/ratings/check">评价办理查询</a>”中查看办理情况。</p>
{{#BAD}}<p>我们将在 {{VISIT_DAYS}} 个工作日内回访核实，{{RECTIFY_DAYS}} 个工作日内整改并反馈。整改完成后，您可以凭查询码对整改结果表示满意或不满意。</p>{{/BAD}}
<p><a href="/ratings">返回好差评</a></p>
</div>
