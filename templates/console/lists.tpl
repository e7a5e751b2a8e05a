{{%AUTOESCAPE context="HTML"}}
{{! 公开清单 in the console: KINDS (KIND KIND_LABEL GROUP INTRO DRAFT PUBLISHED WITHDRAWN). }}
<header class="page-header"><h1>公开清单</h1></header>
<p class="field-hint">行政执法事前公开（执法主体、权责清单、执法流程）和政务服务（办事指南、证明事项清单）的各项清单。信息员录入或导入草稿，公开办核对后公开；已公开的条目由公开办修改或撤下，撤下须写明原因。</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="清单">
<table class="table">
<thead><tr><th scope="col">清单</th><th scope="col">类别</th><th scope="col">草稿</th><th scope="col">已公开</th><th scope="col">已撤下</th></tr></thead>
<tbody>{{#KINDS}}
<tr id="kind-{{KIND}}"><td><a href="/console/lists/{{KIND}}">{{KIND_LABEL}}</a></td><td>{{GROUP}}</td><td class="num">{{DRAFT}}</td><td class="num">{{PUBLISHED}}</td><td class="num">{{WITHDRAWN}}</td></tr>{{/KINDS}}
</tbody>
</table>
</div>
